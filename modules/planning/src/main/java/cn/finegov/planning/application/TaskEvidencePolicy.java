package cn.finegov.planning.application;

import cn.finegov.kernel.api.attachment.AttachmentAccessPolicy;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.domain.model.task.GovernanceTask;
import cn.finegov.planning.domain.model.task.TaskDuty;
import cn.finegov.planning.domain.model.task.TaskNumber;
import cn.finegov.planning.domain.model.task.TaskRepository;
import cn.finegov.planning.domain.model.task.TaskState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Evidence of a task's progress (kernel attachments, owner {@code planning/task/<number>}): whoever
 * reads the task sees it, whoever reports on it (the lead unit) adds it until it is closed out.
 * Transactional: the attachment panel of a task's page asks outside any transaction.
 */
@ApplicationScoped
@Transactional
public class TaskEvidencePolicy implements AttachmentAccessPolicy {

  @Inject TaskRepository tasks;

  @Override
  public String module() {
    return PlanningModule.KEY;
  }

  @Override
  public String ownerType() {
    return TaskService.ATTACHMENT_TYPE;
  }

  @Override
  public boolean exists(String ownerId) {
    return task(ownerId).isPresent();
  }

  @Override
  public boolean mayRead(Actor actor, String ownerId) {
    return actor.hasPermission(PlanningModule.TASK_READ)
        && task(ownerId).filter(t -> PlanningAccess.sees(actor, t)).isPresent();
  }

  @Override
  public boolean mayAttach(Actor actor, String ownerId) {
    return task(ownerId)
        .filter(t -> t.state() != TaskState.CLOSED_OUT)
        .filter(t -> PlanningAccess.may(actor, t, TaskDuty.REPORT))
        .isPresent();
  }

  private Optional<GovernanceTask> task(String number) {
    try {
      return tasks.find(TaskNumber.parse(number));
    } catch (DomainException e) {
      return Optional.empty();
    }
  }
}
