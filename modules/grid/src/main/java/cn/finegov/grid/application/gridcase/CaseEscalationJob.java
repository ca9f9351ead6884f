package cn.finegov.grid.application.gridcase;

import cn.finegov.grid.domain.model.gridcase.CaseDuty;
import cn.finegov.kernel.api.security.ActorContext;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for breached case deadlines every minute, as the system flow {@code grid-escalation}.
 *
 * <p>A started singleton, like every timer job of the suite: a lazy one was created by its first
 * timeout while the EAR was being removed, and the container, stopping the singletons, failed with
 * a ConcurrentModificationException and left the module half stopped, so that every later
 * deployment found a closed EntityManagerFactory (seen twice in CI, after a deployment that lived
 * less than a minute).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class CaseEscalationJob {

  private static final Logger LOG = Logger.getLogger(CaseEscalationJob.class.getName());

  @Inject CaseEscalation escalation;
  @Inject ActorContext actors;

  @Schedule(hour = "*", minute = "*", persistent = false, info = "grid case escalation")
  void run() {
    try {
      actors.runAsSystem(
          "grid-escalation",
          Set.of(CaseDuty.DISPATCH.permission()),
          () -> escalation.announceBreaches(Instant.now()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Announcing breached case deadlines failed; retried next minute", e);
    }
  }
}
