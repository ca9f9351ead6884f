package cn.finegov.integration.hotline.message;

import cn.finegov.kernel.api.error.DomainException;

/**
 * A hotline message that can never be taken as it is (not JSON, a field missing or malformed, a
 * code we do not know): it goes to the dead letters with the reason and its content.
 */
public class InvalidMessageException extends DomainException {

  private static final long serialVersionUID = 1L;

  public InvalidMessageException(String messageKey, Object... arguments) {
    super(Kind.INVALID, messageKey, arguments);
  }
}
