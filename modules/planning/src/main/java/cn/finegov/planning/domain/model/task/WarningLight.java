package cn.finegov.planning.domain.model.task;

import cn.finegov.kernel.api.error.DomainException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The warning light of a running task (红黄灯预警), from the share of its time used, counted in days
 * from the assignment to the deadline: green, yellow once {@code warnAtPercent} (default 80) of the
 * time is used, red after the deadline. The deadline day itself is still in time.
 */
public enum WarningLight {
  GREEN,
  YELLOW,
  RED;

  /** The default share of the time after which the light turns yellow, in per cent. */
  public static final int DEFAULT_WARN_AT = 80;

  /**
   * The light on {@code today} of a task running since {@code start} with {@code deadline}.
   *
   * @throws DomainException {@code INVALID} for a share outside 1..99
   */
  public static WarningLight of(
      LocalDate start, LocalDate deadline, LocalDate today, int warnAtPercent) {
    if (warnAtPercent < 1 || warnAtPercent > 99) {
      throw new DomainException(
          DomainException.Kind.INVALID, "planning.light.warn-at", warnAtPercent);
    }
    if (today.isAfter(deadline)) {
      return RED;
    }
    long allowed = ChronoUnit.DAYS.between(start, deadline);
    long used = ChronoUnit.DAYS.between(start, today);
    if (allowed <= 0) {
      return YELLOW; // due today (or given a deadline before its start): no time left
    }
    return used * 100 >= (long) warnAtPercent * allowed ? YELLOW : GREEN;
  }
}
