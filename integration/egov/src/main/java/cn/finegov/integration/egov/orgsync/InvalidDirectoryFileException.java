package cn.finegov.integration.egov.orgsync;

import cn.finegov.kernel.api.error.DomainException;

/**
 * A directory file that cannot be read as a whole (no header, missing columns): nothing of it is
 * applied.
 */
public class InvalidDirectoryFileException extends DomainException {

  private static final long serialVersionUID = 1L;

  public InvalidDirectoryFileException(String messageKey, Object... arguments) {
    super(Kind.INVALID, messageKey, arguments);
  }
}
