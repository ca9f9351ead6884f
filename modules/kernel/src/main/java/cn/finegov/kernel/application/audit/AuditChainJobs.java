package cn.finegov.kernel.application.audit;

import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.domain.model.audit.AuditVerification.Trigger;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The audit chain's background work: the sealer, every {@value #SEAL_INTERVAL_MILLIS} ms on the
 * server's managed scheduler (one sealer at a time across servers: it locks the chain head), and
 * the nightly verification at 02:30 as the system flow {@code audit-verifier}. Transactions are the
 * services' own.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class AuditChainJobs {

  /** Pause between two sealing rounds. */
  public static final long SEAL_INTERVAL_MILLIS = 500;

  private static final Logger LOG = Logger.getLogger(AuditChainJobs.class.getName());

  @Resource private ManagedScheduledExecutorService scheduler;
  @Inject private AuditChainService chain;
  @Inject private ActorContext actors;

  private ScheduledFuture<?> sealing;
  private volatile boolean failing;

  @PostConstruct
  void startSealing() {
    sealing =
        scheduler.scheduleWithFixedDelay(
            this::seal, SEAL_INTERVAL_MILLIS, SEAL_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stopSealing() {
    if (sealing != null) {
      sealing.cancel(false);
    }
  }

  private void seal() {
    try {
      chain.sealPending();
      if (failing) {
        failing = false;
        LOG.info("Sealing the audit chain works again");
      }
    } catch (RuntimeException e) {
      // Logged once per outage; the next round tries again (the entries wait, unsealed).
      if (!failing) {
        failing = true;
        LOG.log(Level.WARNING, "Sealing the audit chain failed; retrying every round", e);
      }
    }
  }

  @Schedule(hour = "2", minute = "30", persistent = false, info = "audit chain verification")
  void verifyNightly() {
    try {
      actors.runAsSystem(
          "audit-verifier",
          Set.of(KernelPermissions.AUDIT_VERIFY),
          () -> chain.verify(Trigger.SCHEDULED));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The nightly verification of the audit chain failed", e);
    }
  }
}
