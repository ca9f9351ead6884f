package cn.finegov.planning.application.oversight;

import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.plan.PlanState;
import java.time.LocalDate;

/**
 * A statutory notice to send to a unit whose plan is not published.
 *
 * @param unitId the unit
 * @param unitCode its code
 * @param unitName its name
 * @param level its plan's level
 * @param planYear the plan year
 * @param dueDate the statutory date
 * @param kind a reminder before, or the overdue notice
 * @param planState the plan's state, or {@code null} when it has none
 */
public record Reminder(
    long unitId,
    String unitCode,
    String unitName,
    PlanLevel level,
    int planYear,
    LocalDate dueDate,
    ReminderKind kind,
    PlanState planState) {

  /** What identifies it: a unit gets a kind once per due date. */
  public Key key() {
    return new Key(unitId, dueDate, kind);
  }

  /** A reminder sent: unit, due date, kind. */
  public record Key(long unitId, LocalDate dueDate, ReminderKind kind) {}
}
