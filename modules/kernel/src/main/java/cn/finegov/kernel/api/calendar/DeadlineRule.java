package cn.finegov.kernel.api.calendar;

import java.time.Duration;
import java.util.Objects;

/**
 * How a deadline is counted: a number of working days, or an amount of working time within the
 * office hours.
 *
 * @param unit working days or working time
 * @param amount days, or minutes of working time
 */
public record DeadlineRule(Unit unit, long amount) {

  /** Largest number of working days a rule may count (about ten years). */
  public static final long MAX_DAYS = 2_600;

  /** Largest amount of working time a rule may count, in minutes (10,000 hours). */
  public static final long MAX_MINUTES = 600_000;

  /** What a rule counts. */
  public enum Unit {
    WORKING_DAYS,
    WORKING_HOURS
  }

  public DeadlineRule {
    Objects.requireNonNull(unit, "unit");
    long max = unit == Unit.WORKING_DAYS ? MAX_DAYS : MAX_MINUTES;
    if (amount < 0 || amount > max) {
      throw new IllegalArgumentException("amount " + amount + " outside 0.." + max);
    }
  }

  /** {@code days} working days, the start day not counted. */
  public static DeadlineRule workingDays(long days) {
    return new DeadlineRule(Unit.WORKING_DAYS, days);
  }

  /** {@code time} of working time within the office hours, rounded down to whole minutes. */
  public static DeadlineRule workingTime(Duration time) {
    return new DeadlineRule(Unit.WORKING_HOURS, time.toMinutes());
  }

  /** Whether the rule counts working time (and its deadlines have a time of day). */
  public boolean hours() {
    return unit == Unit.WORKING_HOURS;
  }

  /** Short form for logs and lists: {@code 20WD} or {@code 90WMIN}. */
  @Override
  public String toString() {
    return amount + (hours() ? "WMIN" : "WD");
  }
}
