package cn.finegov.grid.domain.model.category;

import cn.finegov.kernel.api.calendar.DeadlineRule;
import cn.finegov.kernel.api.error.DomainException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The time limit of every stage of a minor category, in working days or working time within the
 * office hours of the kernel's calendar. Every stage has a limit, and none is zero.
 */
public final class TimeLimits {

  private final Map<CaseStage, DeadlineRule> limits;

  private TimeLimits(Map<CaseStage, DeadlineRule> limits) {
    this.limits = Collections.unmodifiableMap(new EnumMap<>(limits));
  }

  /**
   * The limits, one per stage.
   *
   * @throws DomainException {@code INVALID}: key {@code grid.limits.missing} naming the first stage
   *     without a limit, or {@code grid.limits.zero} for a limit of nothing
   */
  public static TimeLimits of(Map<CaseStage, DeadlineRule> limits) {
    for (CaseStage stage : CaseStage.values()) {
      DeadlineRule rule = limits.get(stage);
      if (rule == null) {
        throw new DomainException(DomainException.Kind.INVALID, "grid.limits.missing", stage);
      }
      if (rule.amount() == 0) {
        throw new DomainException(DomainException.Kind.INVALID, "grid.limits.zero", stage);
      }
    }
    return new TimeLimits(limits);
  }

  public DeadlineRule of(CaseStage stage) {
    return limits.get(stage);
  }

  /** The limits in stage order. */
  public Map<CaseStage, DeadlineRule> asMap() {
    return limits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeLimits that && that.limits.equals(limits);
  }

  @Override
  public int hashCode() {
    return limits.hashCode();
  }

  @Override
  public String toString() {
    return limits.toString();
  }
}
