package cn.finegov.kernel.api.security;

import cn.finegov.kernel.api.error.DomainException;

/** The actor may not do this. Answered as HTTP 401 for anonymous callers and 403 otherwise. */
public class AccessDeniedException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final boolean anonymous;

  public AccessDeniedException(boolean anonymous) {
    super(
        anonymous ? Kind.UNAUTHENTICATED : Kind.FORBIDDEN,
        anonymous ? "error.unauthenticated" : "error.forbidden");
    this.anonymous = anonymous;
  }

  public boolean isAnonymous() {
    return anonymous;
  }
}
