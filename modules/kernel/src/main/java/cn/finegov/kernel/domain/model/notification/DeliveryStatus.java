package cn.finegov.kernel.domain.model.notification;

/** Where a delivery stands. */
public enum DeliveryStatus {
  /** Waiting for its (next) attempt. */
  PENDING,
  /** An attempt is under way. */
  SENDING,
  /** Delivered (accepted by the mail server or gateway). */
  SENT,
  /** Given up: attempts used up, or a permanent failure; an administrator may retry it. */
  FAILED,
  /** Not attempted: the channel was off or the person has no address on it. */
  SKIPPED
}
