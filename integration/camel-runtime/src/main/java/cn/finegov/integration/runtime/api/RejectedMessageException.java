package cn.finegov.integration.runtime.api;

/**
 * A message that cannot be processed whatever the number of attempts; the reason is for people to
 * read.
 */
public class RejectedMessageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RejectedMessageException(String reason) {
    super(reason);
  }

  public RejectedMessageException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
