package cn.finegov.kernel.api.error;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A refusal with a reason a person can read: the reason is a bundle key plus arguments, resolved in
 * the language of whoever sees it.
 */
public class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of refusal; decides the HTTP status. */
  public enum Kind {
    /** Bad input: HTTP 400. */
    INVALID(400),
    /** Nobody signed in: HTTP 401. */
    UNAUTHENTICATED(401),
    /** Signed in but not allowed: HTTP 403. */
    FORBIDDEN(403),
    /** No such thing: HTTP 404. */
    NOT_FOUND(404),
    /**
     * Conflicts with the current state (duplicate, stale version, illegal transition): HTTP 409.
     */
    CONFLICT(409),
    /** Well-formed but breaks a business rule: HTTP 422. */
    RULE(422);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final Kind kind;
  private final String messageKey;
  private final transient Object[] arguments;

  public DomainException(Kind kind, String messageKey, Object... arguments) {
    super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
    this.kind = Objects.requireNonNull(kind, "kind");
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.arguments = arguments.clone();
  }

  public Kind kind() {
    return kind;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  /**
   * The refusal behind a failure: the failure itself or one of its causes (e.g. inside a
   * transaction's rollback or a route's exchange).
   */
  public static Optional<DomainException> in(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof DomainException refusal) {
        return Optional.of(refusal);
      }
    }
    return Optional.empty();
  }

  /** A thing looked up by an identifier does not exist. */
  public static DomainException notFound(String messageKey, Object... arguments) {
    return new DomainException(Kind.NOT_FOUND, messageKey, arguments);
  }

  /** The request conflicts with the current state. */
  public static DomainException conflict(String messageKey, Object... arguments) {
    return new DomainException(Kind.CONFLICT, messageKey, arguments);
  }

  /** The actor may not do this to this thing (outside his scope, a duty he does not hold). */
  public static DomainException forbidden(String messageKey, Object... arguments) {
    return new DomainException(Kind.FORBIDDEN, messageKey, arguments);
  }

  /** A business rule forbids it. */
  public static DomainException rule(String messageKey, Object... arguments) {
    return new DomainException(Kind.RULE, messageKey, arguments);
  }
}
