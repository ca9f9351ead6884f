package cn.finegov.integration.hotline.flow;

/** What the intake answers the hotline for one message (PROTOCOL.md). */
public enum IntakeResult {
  /** Durable on our side. */
  ACCEPTED,
  /** Taken before. */
  DUPLICATE,
  /** Malformed: kept as a dead letter, not taken. */
  REJECTED
}
