package cn.finegov.planning.application.publication;

import cn.finegov.planning.domain.model.task.TaskState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a committee report on a plan's tasks: counts by state, the completion rate (tasks
 * completed, closing out or closed out, of all, in per cent with one decimal), the overdue tasks
 * (running with the deadline passed; the deadline day is in time), the tasks with delay requests
 * and their reasons, and the close-out counts.
 */
public record CommitteeFigures(
    int total,
    Map<TaskState, Integer> byState,
    BigDecimal completionRate,
    List<TaskFacts> overdue,
    List<TaskFacts> delayed,
    int closeOutRequested,
    int closedOut) {

  /** What the report needs of a task. */
  public record TaskFacts(
      String number,
      String title,
      String leadUnit,
      LocalDate deadline,
      TaskState state,
      int progress,
      List<Delay> delays) {
    public TaskFacts {
      delays = delays == null ? List.of() : List.copyOf(delays);
    }
  }

  /**
   * A delay request of a task.
   *
   * @param state {@code PENDING}, {@code APPROVED} or {@code REJECTED}
   */
  public record Delay(
      String reason, LocalDate previousDeadline, LocalDate proposedDeadline, String state) {}

  public static CommitteeFigures of(List<TaskFacts> tasks, LocalDate today) {
    Map<TaskState, Integer> byState = new EnumMap<>(TaskState.class);
    for (TaskState state : TaskState.values()) {
      byState.put(state, 0);
    }
    int finished = 0;
    for (TaskFacts task : tasks) {
      byState.merge(task.state(), 1, Integer::sum);
      if (task.state().finished()) {
        finished++;
      }
    }
    BigDecimal rate =
        tasks.isEmpty()
            ? BigDecimal.ZERO.setScale(1)
            : BigDecimal.valueOf(finished * 100L)
                .divide(BigDecimal.valueOf(tasks.size()), 1, RoundingMode.HALF_UP);
    List<TaskFacts> overdue =
        tasks.stream()
            .filter(
                t -> t.state().running() && t.deadline() != null && t.deadline().isBefore(today))
            .toList();
    List<TaskFacts> delayed = tasks.stream().filter(t -> !t.delays().isEmpty()).toList();
    return new CommitteeFigures(
        tasks.size(),
        byState,
        rate,
        overdue,
        delayed,
        byState.get(TaskState.CLOSE_OUT_REQUESTED),
        byState.get(TaskState.CLOSED_OUT));
  }
}
