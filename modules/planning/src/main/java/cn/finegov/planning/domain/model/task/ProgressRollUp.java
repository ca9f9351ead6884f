package cn.finegov.planning.domain.model.task;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The weighted roll-up of progress (进度加权汇总): a parent's progress is the weighted mean of its parts'
 * progress, Σ(weight × progress) / Σ weight. Each part's weight share and contribution (the
 * percentage points it adds to the parent) are kept, so that a screen can show how the figure came
 * about.
 *
 * @param progress the weighted mean in per cent, two decimals; zero without parts
 * @param rounded the same rounded half up to a whole per cent (what a task stores)
 * @param totalWeight Σ weight
 * @param parts every part with its share and contribution, in the order given
 */
public record ProgressRollUp(
    BigDecimal progress, int rounded, long totalWeight, List<Contribution> parts) {

  /** One part of a roll-up: a child task, or a task of a plan. */
  public record Part(String key, int weight, int progress) {
    public Part {
      Objects.requireNonNull(key, "key");
      if (weight < 0) {
        throw new IllegalArgumentException("negative weight " + weight + " of " + key);
      }
      if (progress < 0 || progress > 100) {
        throw new IllegalArgumentException("progress " + progress + " of " + key);
      }
    }
  }

  /**
   * A part as it counts.
   *
   * @param share weight / Σ weight in per cent, two decimals
   * @param contribution weight × progress / Σ weight: percentage points of the whole, two decimals
   */
  public record Contribution(
      String key, int weight, int progress, BigDecimal share, BigDecimal contribution) {}

  public ProgressRollUp {
    parts = List.copyOf(parts);
  }

  /** Rolls the parts up. Parts of weight zero are shown but do not count. */
  public static ProgressRollUp of(List<Part> parts) {
    long total = parts.stream().mapToLong(Part::weight).sum();
    if (total == 0) {
      List<Contribution> none =
          parts.stream()
              .map(p -> new Contribution(p.key(), p.weight(), p.progress(), scaled(0), scaled(0)))
              .toList();
      return new ProgressRollUp(scaled(0), 0, 0, none);
    }
    BigDecimal denominator = BigDecimal.valueOf(total);
    long weighted = 0;
    List<Contribution> contributions = new java.util.ArrayList<>();
    for (Part part : parts) {
      long points = (long) part.weight() * part.progress();
      weighted += points;
      contributions.add(
          new Contribution(
              part.key(),
              part.weight(),
              part.progress(),
              BigDecimal.valueOf(part.weight() * 100L).divide(denominator, 2, RoundingMode.HALF_UP),
              BigDecimal.valueOf(points).divide(denominator, 2, RoundingMode.HALF_UP)));
    }
    BigDecimal exact = BigDecimal.valueOf(weighted).divide(denominator, 2, RoundingMode.HALF_UP);
    int rounded =
        BigDecimal.valueOf(weighted).divide(denominator, 0, RoundingMode.HALF_UP).intValueExact();
    return new ProgressRollUp(exact, rounded, total, contributions);
  }

  private static BigDecimal scaled(int value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.UNNECESSARY);
  }
}
