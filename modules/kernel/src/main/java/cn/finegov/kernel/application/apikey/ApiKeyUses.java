package cn.finegov.kernel.application.apikey;

import cn.finegov.kernel.domain.model.apikey.ApiKey;
import cn.finegov.kernel.domain.model.apikey.ApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Notes the last use of a key, in a transaction of its own: the check of a key needs none, and the
 * use is noted at most once a minute per key and address ({@link ApiKey#recordUse}).
 */
@ApplicationScoped
public class ApiKeyUses {

  @Inject private ApiKeyRepository keys;

  @Transactional(TxType.REQUIRES_NEW)
  public void note(ApiKey used) {
    keys.storeUse(used);
  }
}
