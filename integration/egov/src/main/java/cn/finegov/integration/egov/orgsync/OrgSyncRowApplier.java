package cn.finegov.integration.egov.orgsync;

import cn.finegov.kernel.api.org.ExternalUnit;
import cn.finegov.kernel.api.org.OrganisationSync;
import cn.finegov.kernel.api.org.SyncOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Applies one row in a transaction of its own, so that a bad row never undoes the good ones. */
@ApplicationScoped
public class OrgSyncRowApplier {

  @Inject private OrganisationSync organisation;

  @Transactional(TxType.REQUIRES_NEW)
  public SyncOutcome apply(ExternalUnit unit) {
    return organisation.apply(unit);
  }
}
