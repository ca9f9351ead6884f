package cn.finegov.planning.application.oversight;

import java.time.LocalDate;
import java.util.List;

/**
 * What a reminder run sent.
 *
 * @param on the day of the run
 * @param planYear the plan year of the cycle on that day
 * @param reminders reminders sent before due dates
 * @param overdue overdue notices sent
 * @param sent each notice sent, by unit
 */
public record RunResult(LocalDate on, int planYear, int reminders, int overdue, List<Line> sent) {

  /**
   * One notice.
   *
   * @param unitCode the unit
   * @param dueDate the statutory date
   * @param kind {@code BEFORE_<days>} or {@code OVERDUE}
   */
  public record Line(String unitCode, LocalDate dueDate, String kind) {}
}
