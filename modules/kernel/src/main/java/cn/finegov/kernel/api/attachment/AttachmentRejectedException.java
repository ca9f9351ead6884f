package cn.finegov.kernel.api.attachment;

import cn.finegov.kernel.api.error.DomainException;

/**
 * An upload refused because of what it is: too large (HTTP 413) or of a type that is not allowed
 * (HTTP 415). The message names the limit or the detected type.
 */
public class AttachmentRejectedException extends DomainException {

  private static final long serialVersionUID = 1L;

  /** Why the upload was refused. */
  public enum Reason {
    /** Larger than {@code attachments.max-bytes}: HTTP 413. */
    TOO_LARGE(413),
    /** The detected type is not in {@code attachments.allowed-types}: HTTP 415. */
    TYPE_NOT_ALLOWED(415),
    /** Nothing was sent: HTTP 400. */
    EMPTY(400);

    private final int status;

    Reason(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final Reason reason;

  public AttachmentRejectedException(Reason reason, String messageKey, Object... arguments) {
    super(reason == Reason.EMPTY ? Kind.INVALID : Kind.RULE, messageKey, arguments);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /** The HTTP status this refusal is answered with. */
  public int status() {
    return reason.status();
  }
}
