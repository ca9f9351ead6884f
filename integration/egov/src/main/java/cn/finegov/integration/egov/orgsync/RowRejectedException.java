package cn.finegov.integration.egov.orgsync;

import cn.finegov.kernel.api.error.DomainException;

/** A row of the directory file that cannot be applied; the rest of the file still is. */
public class RowRejectedException extends DomainException {

  private static final long serialVersionUID = 1L;

  public RowRejectedException(String messageKey, Object... arguments) {
    super(Kind.INVALID, messageKey, arguments);
  }
}
