package cn.finegov.planning.application.oversight;

import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.plan.PlanState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which statutory notices a run on a day sends: for the plan year of the cycle running that day,
 * every unit that must publish a plan and has not published it gets the reminder whose day has come
 * (the nearest one) or, after the due date, the overdue notice, unless it got that kind for that
 * due date before.
 */
public final class ReminderSelection {

  private ReminderSelection() {}

  /**
   * @param units the units of the run's reach
   * @param plans the state of each unit's plan of the cycle year, by unit id
   * @param sent the notices sent before
   */
  public static List<Reminder> select(
      Collection<UnitSummary> units,
      StatutoryCycle cycle,
      Map<Long, PlanState> plans,
      Set<Reminder.Key> sent,
      LocalDate today) {
    int year = cycle.cycleYear(today);
    List<Reminder> due = new ArrayList<>();
    for (UnitSummary unit : units) {
      if (!LateUnits.plans(unit)) {
        continue;
      }
      PlanState state = plans.get(unit.id());
      if (state == PlanState.PUBLISHED) {
        continue;
      }
      PlanLevel level = PlanLevel.of(unit.type());
      LocalDate dueDate = cycle.dueDate(level, year);
      Optional<ReminderKind> kind = cycle.kindOn(dueDate, today);
      if (kind.isEmpty()) {
        continue;
      }
      Reminder reminder =
          new Reminder(
              unit.id(), unit.code(), unit.name(), level, year, dueDate, kind.get(), state);
      if (!sent.contains(reminder.key())) {
        due.add(reminder);
      }
    }
    due.sort(Comparator.comparing(Reminder::level).thenComparing(Reminder::unitCode));
    return due;
  }
}
