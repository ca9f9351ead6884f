package cn.finegov.planning.application.oversight;

import cn.finegov.planning.domain.model.plan.PlanLevel;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The statutory dates of one installation (the city's plan for a year by 31 December before, the
 * districts' by 31 January, the others' by the end of February, as configured) and the days before
 * them on which reminders go out (e.g. 14 and 3).
 */
public final class StatutoryCycle {

  private final BiFunction<PlanLevel, Integer, LocalDate> dueDates;
  private final List<Integer> daysBefore;

  /**
   * @param dueDates the due date of a level's plan for a plan year
   * @param daysBefore days before a due date on which a reminder goes out; values below 1 are
   *     ignored
   */
  public StatutoryCycle(
      BiFunction<PlanLevel, Integer, LocalDate> dueDates, List<Integer> daysBefore) {
    this.dueDates = Objects.requireNonNull(dueDates, "dueDates");
    this.daysBefore =
        daysBefore.stream().filter(d -> d != null && d > 0).distinct().sorted().toList();
  }

  /** The reminder days, smallest first. */
  public List<Integer> daysBefore() {
    return daysBefore;
  }

  public LocalDate dueDate(PlanLevel level, int planYear) {
    return dueDates.apply(level, planYear);
  }

  /** The earliest due date of a plan year over all levels. */
  LocalDate firstDueDate(int planYear) {
    LocalDate first = null;
    for (PlanLevel level : PlanLevel.values()) {
      LocalDate due = dueDate(level, planYear);
      if (first == null || due.isBefore(first)) {
        first = due;
      }
    }
    return first;
  }

  /**
   * The plan year whose cycle runs on {@code today}: the latest year whose first reminder (before
   * its earliest due date) has gone out. In November 2026 that is 2026 (every date passed, late
   * units are still late); from the first reminder before 31 December 2026 on it is 2027.
   */
  public int cycleYear(LocalDate today) {
    int lead = daysBefore.isEmpty() ? 0 : daysBefore.get(daysBefore.size() - 1);
    for (int year = today.getYear() + 1; year > today.getYear() - 2; year--) {
      if (!firstDueDate(year).minusDays(lead).isAfter(today)) {
        return year;
      }
    }
    return today.getYear() - 1;
  }

  /**
   * What is due for a plan not yet published, on {@code today}: the nearest reminder whose day has
   * come (a run that missed a day sends only the latest one), the overdue notice after the due
   * date, or nothing.
   */
  public Optional<ReminderKind> kindOn(LocalDate dueDate, LocalDate today) {
    if (today.isAfter(dueDate)) {
      return Optional.of(ReminderKind.OVERDUE);
    }
    long left = ChronoUnit.DAYS.between(today, dueDate);
    for (int days : daysBefore) {
      if (left <= days) {
        return Optional.of(ReminderKind.before(days));
      }
    }
    return Optional.empty();
  }
}
