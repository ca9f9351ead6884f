package cn.finegov.planning.domain.model.task;

import java.time.LocalDate;

/**
 * What a task search asks for; {@code null} (or {@code false}) fields do not filter.
 *
 * @param year the task's year
 * @param planId the plan
 * @param state the state
 * @param unitCode a unit that leads or co-operates
 * @param immediate only immediate tasks ({@code true}) or only plan tasks ({@code false})
 * @param overdueOn tasks still running whose deadline passed before this day
 * @param text part of the number or title
 * @param source the source
 * @param priority the priority
 * @param livelihood only livelihood micro-projects ({@code true}) or only the others ({@code
 *     false})
 */
public record TaskFilter(
    Integer year,
    Long planId,
    TaskState state,
    String unitCode,
    Boolean immediate,
    LocalDate overdueOn,
    String text,
    TaskSource source,
    TaskPriority priority,
    Boolean livelihood) {

  /** A filter without source, priority and livelihood conditions. */
  public TaskFilter(
      Integer year,
      Long planId,
      TaskState state,
      String unitCode,
      Boolean immediate,
      LocalDate overdueOn,
      String text) {
    this(year, planId, state, unitCode, immediate, overdueOn, text, null, null, null);
  }

  public static TaskFilter all() {
    return new TaskFilter(null, null, null, null, null, null, null);
  }
}
