package cn.finegov.planning.application;

import cn.finegov.kernel.api.notification.NotificationRequest;
import cn.finegov.kernel.api.notification.Notifier;
import cn.finegov.kernel.api.notification.Recipients;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.domain.model.plan.AnnualPlan;
import cn.finegov.planning.domain.model.task.GovernanceTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells whoever acts next: the lead unit of an assigned task, the reviewers and publishers of a
 * plan, the issuing unit of a request, the lead unit of a decision; an approved delay is also
 * reported to the issuing unit and the plan's unit (延期报备).
 */
@ApplicationScoped
public class PlanningNotices {

  /** Where a task's screen will be; links carry the task number. */
  static final String TASK_LINK = "/planning/task.xhtml?number=";

  static final String PLAN_LINK = "/planning/plan.xhtml?id=";

  @Inject Notifier notifier;

  /** A task was handed to its lead unit: the people who work on it and who decompose it further. */
  void assigned(GovernanceTask task) {
    long unit = task.lead().id();
    send(
        NotificationRequest.of(
                PlanningModule.KEY,
                PlanningModule.NOTICE_TASK_ASSIGNED,
                Recipients.holding(PlanningModule.TASK_REPORT, unit)
                    .and(Recipients.holding(PlanningModule.TASK_ASSIGN, unit)))
            .subject("planning.notice.assigned", task.number().value(), task.title())
            .body(
                "planning.notice.assigned.body",
                task.number().value(),
                task.title(),
                task.deadline().map(Object::toString).orElse("-"))
            .link(TASK_LINK + task.number().value())
            .about("GovernanceTask", task.number().value())
            .build());
  }

  /** A plan waits for review or publication, or was sent back with a reason. */
  void planMoved(AnnualPlan plan) {
    String permission =
        switch (plan.state()) {
          case IN_REVIEW -> PlanningModule.PLAN_APPROVE;
          case APPROVED -> PlanningModule.PLAN_PUBLISH;
          case DRAFT -> PlanningModule.PLAN_EDIT;
          case PUBLISHED -> null;
        };
    if (permission == null) {
      return;
    }
    send(
        NotificationRequest.of(
                PlanningModule.KEY,
                PlanningModule.NOTICE_PLAN,
                Recipients.holding(permission, plan.ownerUnitId()))
            .subject("planning.notice.plan", plan.title(), plan.state().label())
            .body(
                "planning.notice.plan.body",
                plan.title(),
                plan.state().label(),
                plan.returnReason().orElse("-"))
            .link(PLAN_LINK + plan.id())
            .about("AnnualPlan", String.valueOf(plan.id()))
            .build());
  }

  /** A reminder (催办) of a running task to its lead unit's reporters. */
  void reminded(GovernanceTask task, String by) {
    send(
        NotificationRequest.of(
                PlanningModule.KEY,
                PlanningModule.NOTICE_TASK_ASSIGNED,
                Recipients.holding(PlanningModule.TASK_REPORT, task.lead().id()))
            .subject("planning.notice.reminder", task.number().value(), task.title())
            .body(
                "planning.notice.reminder.body",
                task.number().value(),
                task.title(),
                task.deadline().map(Object::toString).orElse("-"),
                by)
            .link(TASK_LINK + task.number().value())
            .about("GovernanceTask", task.number().value())
            .build());
  }

  /** A delay or close-out request waits for the issuing unit. */
  void requestWaiting(GovernanceTask task, String what, String reason) {
    send(
        NotificationRequest.of(
                PlanningModule.KEY,
                PlanningModule.NOTICE_REQUEST,
                Recipients.holding(PlanningModule.TASK_APPROVE, task.issuingUnitId()))
            .subject("planning.notice.request", task.number().value(), key(what))
            .body("planning.notice.request.body", task.number().value(), task.title(), reason)
            .link(TASK_LINK + task.number().value())
            .about("GovernanceTask", task.number().value())
            .build());
  }

  /**
   * A request was decided: the lead unit hears it; an approved delay is also reported to the
   * issuing unit and the plan's unit.
   */
  void decided(GovernanceTask task, String what, boolean approved, String note) {
    Recipients recipients = Recipients.holding(PlanningModule.TASK_REPORT, task.lead().id());
    if (approved && "delay".equals(what)) {
      recipients =
          recipients
              .and(Recipients.holding(PlanningModule.TASK_APPROVE, task.issuingUnitId()))
              .and(Recipients.holding(PlanningModule.TASK_EDIT, task.ownerUnitId()));
    }
    send(
        NotificationRequest.of(PlanningModule.KEY, PlanningModule.NOTICE_DECISION, recipients)
            .subject(
                approved ? "planning.notice.approved" : "planning.notice.rejected",
                task.number().value(),
                key(what))
            .body(
                "planning.notice.decided.body",
                task.number().value(),
                task.title(),
                task.deadline().map(Object::toString).orElse("-"),
                note == null ? "-" : note)
            .link(TASK_LINK + task.number().value())
            .about("GovernanceTask", task.number().value())
            .build());
  }

  private static cn.finegov.kernel.api.i18n.MessageKey key(String what) {
    return new cn.finegov.kernel.api.i18n.MessageKey("planning.request." + what);
  }

  private void send(NotificationRequest request) {
    notifier.send(request);
  }
}
