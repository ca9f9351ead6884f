package cn.finegov.planning.domain.model.task;

import static cn.finegov.planning.domain.model.task.TaskState.ASSIGNED;
import static cn.finegov.planning.domain.model.task.TaskState.CLOSED_OUT;
import static cn.finegov.planning.domain.model.task.TaskState.CLOSE_OUT_REQUESTED;
import static cn.finegov.planning.domain.model.task.TaskState.COMPLETED;
import static cn.finegov.planning.domain.model.task.TaskState.DELAY_REQUESTED;
import static cn.finegov.planning.domain.model.task.TaskState.DRAFT;
import static cn.finegov.planning.domain.model.task.TaskState.IN_PROGRESS;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.i18n.MessageKey;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The task lifecycle in one place: every step, the states it may start from, the state it leads to,
 * the duty it needs and whether a written reason is required.
 *
 * <pre>
 * DRAFT → ASSIGN → ASSIGNED → START → IN_PROGRESS → COMPLETE → COMPLETED
 *   → REQUEST_CLOSE_OUT → CLOSE_OUT_REQUESTED → APPROVE_CLOSE_OUT → CLOSED_OUT
 * IN_PROGRESS → REQUEST_DELAY → DELAY_REQUESTED → APPROVE_DELAY | REJECT_DELAY → IN_PROGRESS
 * CLOSE_OUT_REQUESTED → REJECT_CLOSE_OUT → IN_PROGRESS
 * </pre>
 *
 * A progress report on an assigned task starts it (ASSIGNED → IN_PROGRESS).
 */
public enum TaskAction {
  /** 交办: hand the task to its lead unit. */
  ASSIGN(EnumSet.of(DRAFT), ASSIGNED, TaskDuty.ASSIGN, false),
  /** 开始推进. */
  START(EnumSet.of(ASSIGNED), IN_PROGRESS, TaskDuty.REPORT, false),
  /** 申请延期（调整）, with the reason and a later deadline. */
  REQUEST_DELAY(EnumSet.of(IN_PROGRESS), DELAY_REQUESTED, TaskDuty.REPORT, true),
  /** 批准延期: the proposed deadline becomes the deadline. */
  APPROVE_DELAY(EnumSet.of(DELAY_REQUESTED), IN_PROGRESS, TaskDuty.APPROVE, false),
  /** 不批准延期, with the reason: the deadline stands. */
  REJECT_DELAY(EnumSet.of(DELAY_REQUESTED), IN_PROGRESS, TaskDuty.APPROVE, true),
  /** 完成: the target is reached (progress 100 %). */
  COMPLETE(EnumSet.of(IN_PROGRESS), COMPLETED, TaskDuty.REPORT, false),
  /** 申请销号, with a summary of what was achieved. */
  REQUEST_CLOSE_OUT(EnumSet.of(COMPLETED), CLOSE_OUT_REQUESTED, TaskDuty.REPORT, true),
  /** 同意销号. */
  APPROVE_CLOSE_OUT(EnumSet.of(CLOSE_OUT_REQUESTED), CLOSED_OUT, TaskDuty.APPROVE, false),
  /** 不同意销号, with the reason: back to work. */
  REJECT_CLOSE_OUT(EnumSet.of(CLOSE_OUT_REQUESTED), IN_PROGRESS, TaskDuty.APPROVE, true);

  private final Set<TaskState> from;
  private final TaskState to;
  private final TaskDuty duty;
  private final boolean reasonRequired;

  TaskAction(Set<TaskState> from, TaskState to, TaskDuty duty, boolean reasonRequired) {
    this.from = from;
    this.to = to;
    this.duty = duty;
    this.reasonRequired = reasonRequired;
  }

  public TaskState to() {
    return to;
  }

  public TaskDuty duty() {
    return duty;
  }

  public boolean reasonRequired() {
    return reasonRequired;
  }

  public boolean allowedFrom(TaskState state) {
    return from.contains(state);
  }

  public MessageKey label() {
    return new MessageKey("planning.task.action." + name());
  }

  /**
   * The state the step leads to from {@code state}.
   *
   * @throws DomainException {@code CONFLICT} ({@code planning.task.transition}) when not allowed
   */
  public TaskState from(TaskState state) {
    if (!allowedFrom(state)) {
      throw DomainException.conflict("planning.task.transition", state.label(), label());
    }
    return to;
  }

  /** The steps allowed in {@code state}, in declaration order. */
  public static List<TaskAction> allowedIn(TaskState state) {
    return Arrays.stream(values()).filter(a -> a.allowedFrom(state)).toList();
  }
}
