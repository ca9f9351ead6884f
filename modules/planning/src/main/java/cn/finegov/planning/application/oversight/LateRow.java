package cn.finegov.planning.application.oversight;

import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.plan.PlanState;
import cn.finegov.planning.domain.model.task.WarningLight;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One unit on the "who is late" list for a plan year.
 *
 * @param unitId the unit
 * @param unitCode its code
 * @param unitName its name
 * @param level the level its plan belongs to
 * @param dueDate the statutory date of its plan
 * @param planState its plan's state, or {@code null} when it has none yet
 * @param daysLate days past the due date without a published plan; 0 when not late
 * @param runningTasks tasks it leads that are running
 * @param overdueTasks of those, the ones past their deadline
 * @param worstLight the worst warning light of its running tasks, or {@code null} when none runs
 */
public record LateRow(
    long unitId,
    String unitCode,
    String unitName,
    PlanLevel level,
    LocalDate dueDate,
    PlanState planState,
    int daysLate,
    int runningTasks,
    int overdueTasks,
    WarningLight worstLight)
    implements Serializable {

  /** Whether the plan is late (not published and the date passed). */
  public boolean planLate() {
    return daysLate > 0;
  }

  /** Whether the unit is late with its plan or with a task. */
  public boolean late() {
    return daysLate > 0 || overdueTasks > 0;
  }

  /** Whether its plan is published. */
  public boolean published() {
    return planState == PlanState.PUBLISHED;
  }
}
