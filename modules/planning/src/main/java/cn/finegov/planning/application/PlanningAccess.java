package cn.finegov.planning.application;

import cn.finegov.kernel.api.security.Actor;
import cn.finegov.planning.domain.model.plan.AnnualPlan;
import cn.finegov.planning.domain.model.plan.PlanRepository.Reach;
import cn.finegov.planning.domain.model.task.GovernanceTask;
import cn.finegov.planning.domain.model.task.TaskDuty;
import cn.finegov.planning.domain.model.task.UnitRef;

/**
 * Who sees and acts on what, by unit (scoping): a person sees the plans of the units in his scope
 * (his unit and below, plus units granted to him), and the tasks whose plan's unit, issuing unit,
 * lead unit or a co-operating unit lies in it. He edits and assigns tasks of plans in his scope,
 * reports on tasks whose lead unit is in it, and decides on tasks whose issuing unit is in it.
 */
final class PlanningAccess {

  private PlanningAccess() {}

  /** The reader's reach for queries. */
  static Reach reach(Actor actor) {
    return actor.scope().everything()
        ? new Reach(java.util.List.of(), true)
        : new Reach(actor.scope().paths(), false);
  }

  static boolean sees(Actor actor, AnnualPlan plan) {
    return actor.scope().covers(plan.ownerPath());
  }

  static boolean sees(Actor actor, GovernanceTask task) {
    return actor.scope().covers(task.ownerPath())
        || actor.scope().covers(task.issuingPath())
        || actor.scope().covers(task.lead().path())
        || task.cooperatingUnits().stream().map(UnitRef::path).anyMatch(actor.scope()::covers);
  }

  /** Whether the actor holds the duty's permission for this task's unit of that duty. */
  static boolean may(Actor actor, GovernanceTask task, TaskDuty duty) {
    if (!actor.hasPermission(duty.permission())) {
      return false;
    }
    return switch (duty) {
      case EDIT, ASSIGN -> actor.scope().covers(task.ownerPath());
      case REPORT -> actor.scope().covers(task.lead().path());
      case APPROVE -> actor.scope().covers(task.issuingPath());
    };
  }
}
