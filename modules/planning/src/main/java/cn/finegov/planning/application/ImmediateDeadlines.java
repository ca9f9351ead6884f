package cn.finegov.planning.application;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.calendar.DeadlineRecomputed;
import cn.finegov.kernel.api.calendar.DeadlineView;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.domain.model.task.GovernanceTask;
import cn.finegov.planning.domain.model.task.TaskNumber;
import cn.finegov.planning.domain.model.task.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the deadlines of tasks counted in working days (immediate tasks) in step with the calendar:
 * when a calendar change moves a registered deadline, the task takes the new date (audited {@code
 * DEADLINE_RECOMPUTED}), in the transaction of the change.
 */
@ApplicationScoped
public class ImmediateDeadlines {

  @Inject TaskRepository tasks;
  @Inject AuditLog audit;
  @Inject Clock clock;

  void recomputed(@Observes DeadlineRecomputed event) {
    DeadlineView deadline = event.deadline();
    if (!PlanningModule.KEY.equals(deadline.owner().module())
        || !TaskService.ATTACHMENT_TYPE.equals(deadline.owner().type())
        || !event.dueChanged()) {
      return;
    }
    Optional<GovernanceTask> found;
    try {
      found = tasks.find(TaskNumber.parse(deadline.owner().id()));
    } catch (DomainException e) {
      return;
    }
    found
        .filter(t -> t.deadlineId().filter(id -> id == deadline.id()).isPresent())
        .ifPresent(
            task -> {
              String before = task.deadline().map(Object::toString).orElse("");
              task.deadlineMoved(deadline.dueDate(), clock.instant());
              audit.record(
                  TaskService.AUDIT_TYPE,
                  task.number().value(),
                  "DEADLINE_RECOMPUTED",
                  Map.of("deadline", before),
                  Map.of(
                      "deadline",
                      deadline.dueDate().toString(),
                      "calendarVersion",
                      deadline.calendarVersion()));
            });
  }
}
