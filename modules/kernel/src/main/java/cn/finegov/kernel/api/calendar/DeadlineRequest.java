package cn.finegov.kernel.api.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A deadline to register.
 *
 * @param owner the record it belongs to
 * @param kind what the deadline is for within the record, e.g. {@code REPLY}, {@code SIGN} (at most
 *     40 characters)
 * @param start when the clock starts (for working days only the date counts)
 * @param rule how it is counted
 * @param region the regional calendar, {@code null} for the national one
 */
public record DeadlineRequest(
    DeadlineOwner owner, String kind, LocalDateTime start, DeadlineRule rule, String region) {

  public static final int MAX_KIND = 40;

  public DeadlineRequest {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(rule, "rule");
    kind = kind.strip();
    if (kind.isEmpty() || kind.length() > MAX_KIND) {
      throw new IllegalArgumentException("kind must have 1 to " + MAX_KIND + " characters");
    }
  }

  /** {@code days} working days after {@code start}. */
  public static DeadlineRequest workingDays(
      DeadlineOwner owner, String kind, LocalDate start, long days, String region) {
    return new DeadlineRequest(
        owner, kind, start.atStartOfDay(), DeadlineRule.workingDays(days), region);
  }

  /** {@code time} of office hours from {@code start}. */
  public static DeadlineRequest workingHours(
      DeadlineOwner owner, String kind, LocalDateTime start, Duration time, String region) {
    return new DeadlineRequest(owner, kind, start, DeadlineRule.workingTime(time), region);
  }
}
