package cn.finegov.grid.domain.model.gridcase;

import cn.finegov.kernel.api.error.DomainException;

/**
 * The warning light of a running stage, from the share of its allowed working time already used:
 * green, yellow from {@code warnAt} (default 80 %), red once overdue.
 */
public enum DeadlineLight {
  GREEN,
  YELLOW,
  RED;

  /** The default share of the time after which the light turns yellow. */
  public static final double DEFAULT_WARN_AT = 0.8;

  /**
   * The light for {@code used} minutes of working time out of {@code allowed}.
   *
   * @param warnAt share of the allowed time (above 0, below 1) from which the light is yellow
   */
  public static DeadlineLight of(long usedMinutes, long allowedMinutes, double warnAt) {
    if (!(warnAt > 0 && warnAt < 1)) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.light.warn-at", warnAt);
    }
    if (allowedMinutes <= 0) {
      return usedMinutes > 0 ? RED : GREEN;
    }
    if (usedMinutes > allowedMinutes) {
      return RED;
    }
    return usedMinutes >= Math.ceil(allowedMinutes * warnAt) ? YELLOW : GREEN;
  }
}
