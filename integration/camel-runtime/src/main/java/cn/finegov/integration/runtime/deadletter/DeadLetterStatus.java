package cn.finegov.integration.runtime.deadletter;

/** Where a dead letter stands. */
public enum DeadLetterStatus {
  /** Failed and waiting for somebody. */
  OPEN,
  /** Sent again; if it fails again it comes back as open. */
  REPLAYED,
  /** Judged not worth processing, with the name of who decided. */
  DISCARDED
}
