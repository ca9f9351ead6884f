package cn.finegov.planning.application.oversight;

import cn.finegov.kernel.api.i18n.MessageKey;
import cn.finegov.kernel.api.notification.NotificationRequest;
import cn.finegov.kernel.api.notification.Notifier;
import cn.finegov.kernel.api.notification.Recipients;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.domain.model.plan.PlanState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Statutory notices through the kernel's notifications: whoever acts next on the unit's plan hears
 * it (its drafters while there is no plan or it is a draft, its reviewers while in review, its
 * publishers once approved).
 */
@ApplicationScoped
public class OversightNotices {

  /** The "who is late" page. */
  static final String LATE_LINK = "/planning/late.xhtml";

  @Inject Notifier notifier;

  void send(Reminder reminder) {
    String permission = whoActs(reminder.planState());
    String subject =
        reminder.kind().overdue()
            ? "planning.notice.deadline.overdue"
            : "planning.notice.deadline.before";
    notifier.send(
        NotificationRequest.of(
                PlanningModule.KEY,
                PlanningModule.NOTICE_DEADLINE,
                Recipients.holding(permission, reminder.unitId()))
            .subject(
                subject,
                reminder.unitName(),
                String.valueOf(reminder.planYear()),
                reminder.dueDate().toString(),
                String.valueOf(reminder.kind().daysBefore()))
            .body(
                subject + ".body",
                reminder.unitName(),
                String.valueOf(reminder.planYear()),
                reminder.dueDate().toString(),
                reminder.planState() == null
                    ? new MessageKey("planning.oversight.plan.NONE")
                    : reminder.planState().label())
            .link(LATE_LINK + "?year=" + reminder.planYear())
            .about("PlanDeadline", reminder.unitCode() + "/" + reminder.planYear())
            .build());
  }

  static String whoActs(PlanState state) {
    if (state == null) {
      return PlanningModule.PLAN_EDIT;
    }
    return switch (state) {
      case DRAFT -> PlanningModule.PLAN_EDIT;
      case IN_REVIEW -> PlanningModule.PLAN_APPROVE;
      case APPROVED, PUBLISHED -> PlanningModule.PLAN_PUBLISH;
    };
  }
}
