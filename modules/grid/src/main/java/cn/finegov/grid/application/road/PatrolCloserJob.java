package cn.finegov.grid.application.road;

import cn.finegov.grid.GridModule;
import cn.finegov.kernel.api.security.ActorContext;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes patrols left open too long, every 10 minutes, as the system flow {@code grid-patrols}
 * (audited {@code Patrol AUTO_CLOSE}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PatrolCloserJob {

  private static final Logger LOG = Logger.getLogger(PatrolCloserJob.class.getName());

  @Inject PatrolService patrols;
  @Inject ActorContext actors;

  @Schedule(hour = "*", minute = "*/10", persistent = false, info = "grid stale patrols")
  void run() {
    try {
      int closed =
          actors.runAsSystem(
              "grid-patrols", Set.of(GridModule.REFERENCE_MANAGE), () -> patrols.closeStale());
      if (closed > 0) {
        LOG.info(() -> "Closed " + closed + " patrol(s) left open too long");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Closing stale patrols failed; retried in 10 minutes", e);
    }
  }
}
