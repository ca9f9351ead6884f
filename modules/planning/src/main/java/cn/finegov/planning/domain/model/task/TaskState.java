package cn.finegov.planning.domain.model.task;

import cn.finegov.kernel.api.i18n.MessageKey;

/** Where a governance task stands; the actions that move it are {@link TaskAction}s. */
public enum TaskState {
  /** 草稿: being drafted in its plan, not yet handed to its lead unit. */
  DRAFT,
  /** 已交办: assigned to the lead unit (by the plan's unit or by decomposition from above). */
  ASSIGNED,
  /** 推进中: the lead unit works on it and reports progress. */
  IN_PROGRESS,
  /** 申请延期: the lead unit asked for a later deadline; the issuing unit decides. */
  DELAY_REQUESTED,
  /** 已完成: the lead unit says the target is reached. */
  COMPLETED,
  /** 申请销号: close-out requested; the issuing unit checks and decides. */
  CLOSE_OUT_REQUESTED,
  /** 已销号: formally closed out. */
  CLOSED_OUT;

  /** Whether the task's clock runs (the warning light applies). */
  public boolean running() {
    return this == ASSIGNED || this == IN_PROGRESS || this == DELAY_REQUESTED;
  }

  /** Whether the lead unit says the work is done (completed, or closing out, or closed out). */
  public boolean finished() {
    return this == COMPLETED || this == CLOSE_OUT_REQUESTED || this == CLOSED_OUT;
  }

  public MessageKey label() {
    return new MessageKey("planning.task.state." + name());
  }
}
