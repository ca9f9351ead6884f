package cn.finegov.planning.domain.model.task;

/**
 * Who acts on a task, each duty a permission, held in a unit: the plan's unit edits and assigns,
 * the lead unit reports, the issuing unit approves.
 */
public enum TaskDuty {
  /** Draft and change tasks of the own plan, override progress. */
  EDIT("planning.task.edit"),
  /** Hand tasks of the own plan to their lead units and decompose them to units below. */
  ASSIGN("planning.task.assign"),
  /** Work on tasks led by the own unit: work plan, progress, delay and close-out requests. */
  REPORT("planning.task.report"),
  /** Decide delay and close-out requests of tasks the own unit issued. */
  APPROVE("planning.task.approve");

  private final String permission;

  TaskDuty(String permission) {
    this.permission = permission;
  }

  public String permission() {
    return permission;
  }
}
