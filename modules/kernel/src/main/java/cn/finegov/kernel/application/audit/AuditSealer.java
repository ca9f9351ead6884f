package cn.finegov.kernel.application.audit;

import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.application.module.KernelModule;
import cn.finegov.kernel.domain.model.audit.AuditChainRepository;
import cn.finegov.kernel.domain.model.audit.HashAlgorithm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Seals one batch of committed audit entries in a transaction of its own, with the hash function of
 * the setting {@code audit.hash-algorithm}. Short transactions: the head stays locked only for one
 * batch.
 */
@ApplicationScoped
public class AuditSealer {

  /** Entries sealed per transaction. */
  public static final int BATCH = 2000;

  @Inject private AuditChainRepository chain;
  @Inject private ModuleSettings settings;

  @Transactional(TxType.REQUIRES_NEW)
  public int sealBatch() {
    return chain.sealNext(algorithm(), BATCH);
  }

  /** The function new links get; SM3 unless the setting names another one. */
  public HashAlgorithm algorithm() {
    return HashAlgorithm.find(settings.get(KernelModule.KEY, KernelModule.AUDIT_HASH_ALGORITHM))
        .orElse(HashAlgorithm.SM3);
  }
}
