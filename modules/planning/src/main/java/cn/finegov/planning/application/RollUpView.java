package cn.finegov.planning.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a task's or a plan's progress comes about: Σ(weight × progress) / Σ weight over its parts
 * (the child tasks, or the plan's tasks), each part with its weight share and contribution.
 *
 * @param progress the weighted progress of the parts, two decimals
 * @param stored the progress stored (for a task: the roll-up rounded, or the manual override)
 * @param overridden whether a manual override holds (a task's)
 * @param overrideReason its reason
 */
public record RollUpView(
    String subject,
    BigDecimal progress,
    int stored,
    boolean overridden,
    String overrideReason,
    long totalWeight,
    List<Part> parts) {

  /**
   * One part.
   *
   * @param share weight / Σ weight in per cent
   * @param contribution percentage points it adds to the whole
   */
  public record Part(
      String number,
      String title,
      String unitCode,
      int weight,
      int progress,
      BigDecimal share,
      BigDecimal contribution) {}
}
