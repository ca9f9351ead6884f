package cn.finegov.planning.application.oversight;

import cn.finegov.kernel.api.module.ModuleStatus;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.planning.PlanningModule;
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
 * Sends the statutory reminders and overdue notices due today, as the system flow {@code
 * planning-reminders} for the whole tree. It looks every hour (at half past) so that a server down
 * in the morning still sends the day's notices; each notice goes out once per unit, due date and
 * kind, so the first run of a day sends them and the others find nothing to do. A day missed
 * altogether is caught up with the nearest reminder only.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ReminderJob {

  private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

  @Inject OversightService oversight;
  @Inject ActorContext actors;
  @Inject ModuleStatus modules;

  @Schedule(hour = "*", minute = "30", persistent = false, info = "planning statutory reminders")
  void run() {
    if (!modules.isEnabled(PlanningModule.KEY)) {
      return;
    }
    try {
      actors.runAsSystem(
          "planning-reminders",
          Set.of(PlanningModule.SETTINGS_MANAGE, PlanningModule.PLAN_READ),
          () -> oversight.runReminders(null, OversightService.TIMER));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The planning reminder run failed; retried tomorrow", e);
    }
  }
}
