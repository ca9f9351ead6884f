package cn.finegov.planning.application.oversight;

import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.org.UnitType;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.plan.PlanState;
import cn.finegov.planning.domain.model.task.WarningLight;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is late (谁超期): for each unit that must publish a plan (every active unit but communities,
 * which plan with their street or town), its plan's state against the statutory date of its level,
 * the days late when the plan is not published after that date, and the tasks it leads: how many
 * run, how many are past their deadline, and the worst warning light among them. Ordered by level,
 * then the latest first, then by code.
 */
public final class LateUnits {

  private LateUnits() {}

  /** Whether a unit publishes a plan of its own. */
  public static boolean plans(UnitSummary unit) {
    return unit.active() && unit.type() != UnitType.COMMUNITY;
  }

  /**
   * The list for a plan year on a day.
   *
   * @param units the units in the reader's reach (others are filtered out here)
   * @param plans the state of each unit's plan of the year, by unit id
   * @param tasks the running tasks with a deadline led by those units
   * @param warnAtPercent the share of a task's time after which its light turns yellow
   */
  public static List<LateRow> compute(
      Collection<UnitSummary> units,
      int planYear,
      StatutoryCycle cycle,
      Map<Long, PlanState> plans,
      Collection<TaskTiming> tasks,
      LocalDate today,
      int warnAtPercent) {
    Map<Long, int[]> counts = new HashMap<>();
    Map<Long, WarningLight> worst = new HashMap<>();
    for (TaskTiming task : tasks) {
      if (task.deadline() == null) {
        continue;
      }
      int[] count = counts.computeIfAbsent(task.leadUnitId(), id -> new int[2]);
      count[0]++;
      WarningLight light;
      if (today.isAfter(task.deadline())) {
        count[1]++;
        light = WarningLight.RED;
      } else if (task.start() == null) {
        light = WarningLight.GREEN;
      } else {
        light = WarningLight.of(task.start(), task.deadline(), today, warnAtPercent);
      }
      worst.merge(task.leadUnitId(), light, LateUnits::worse);
    }
    List<LateRow> rows = new ArrayList<>();
    for (UnitSummary unit : units) {
      if (!plans(unit)) {
        continue;
      }
      PlanLevel level = PlanLevel.of(unit.type());
      LocalDate due = cycle.dueDate(level, planYear);
      PlanState state = plans.get(unit.id());
      int late =
          state != PlanState.PUBLISHED && today.isAfter(due)
              ? (int) ChronoUnit.DAYS.between(due, today)
              : 0;
      int[] count = counts.getOrDefault(unit.id(), new int[2]);
      rows.add(
          new LateRow(
              unit.id(),
              unit.code(),
              unit.name(),
              level,
              due,
              state,
              late,
              count[0],
              count[1],
              worst.get(unit.id())));
    }
    rows.sort(ORDER);
    return rows;
  }

  /** Only the late ones. */
  public static List<LateRow> lateOnly(List<LateRow> rows) {
    return rows.stream().filter(LateRow::late).toList();
  }

  static final Comparator<LateRow> ORDER =
      Comparator.comparing(LateRow::level)
          .thenComparing(Comparator.comparingInt(LateRow::daysLate).reversed())
          .thenComparing(Comparator.comparingInt(LateRow::overdueTasks).reversed())
          .thenComparing(LateRow::unitCode);

  static WarningLight worse(WarningLight a, WarningLight b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
