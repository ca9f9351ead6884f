package cn.finegov.kernel.api.notification;

/**
 * A delivery failed. The reason is recorded for the delivery monitor; it must not contain personal
 * data (the kernel masks e-mail addresses and phone numbers in it anyway).
 */
public class DeliveryException extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean permanent;

  /** A failure worth retrying (a server down, a time-out). */
  public DeliveryException(String reason, Throwable cause) {
    this(reason, cause, false);
  }

  /**
   * A failure.
   *
   * @param permanent whether retrying cannot help (an address refused, a channel switched off): the
   *     delivery fails at once
   */
  public DeliveryException(String reason, Throwable cause, boolean permanent) {
    super(reason, cause);
    this.permanent = permanent;
  }

  public boolean isPermanent() {
    return permanent;
  }
}
