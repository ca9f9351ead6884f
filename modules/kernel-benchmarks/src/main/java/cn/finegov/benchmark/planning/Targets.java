package cn.finegov.benchmark.planning;

import cn.finegov.benchmark.support.Latencies;
import java.util.Locale;

/** The target and the choices of the measurement that the figures rest on. */
final class Targets {

  /** Issue 6: the roll-up after one update and the tree page both under 500 ms. */
  static final double LIMIT_MILLIS = 500;

  /** The percentile held against the limit. */
  static final double PERCENTILE = 95;

  /** Least change of a leaf's progress per report, in points (see {@link #nextPercent}). */
  static final int LEAST_STEP = 20;

  private Targets() {}

  /**
   * The next progress of a leaf that stands at {@code current}: at least {@value #LEAST_STEP}
   * points away, so that its district task's roll-up (a twentieth of it at equal weights) changes
   * and the roll-up goes on upwards instead of stopping at the first unchanged parent. {@code draw}
   * (any int, e.g. a random one) picks one of the allowed values evenly.
   */
  static int nextPercent(int current, int draw) {
    int low = Math.max(0, current - LEAST_STEP + 1);
    int high = Math.min(100, current + LEAST_STEP - 1);
    int allowed = 101 - (high - low + 1);
    int pick = Math.floorMod(draw, allowed);
    return pick < low ? pick : pick + (high - low + 1);
  }

  /** PASS or FAIL of the calls' {@value #PERCENTILE}th percentile against the limit. */
  static String verdict(double millisAtPercentile) {
    if (Double.isNaN(millisAtPercentile)) {
      return "NO DATA";
    }
    return millisAtPercentile < LIMIT_MILLIS ? "PASS" : "FAIL";
  }

  /** One line of the summary: what, p95, verdict. */
  static String summary(String what, Latencies latencies) {
    double p = latencies.percentileMillis(PERCENTILE);
    return String.format(
        Locale.ROOT,
        "  %-58s p%.0f %8.1f ms  < %.0f ms: %s  (%d calls)",
        what,
        PERCENTILE,
        p,
        LIMIT_MILLIS,
        verdict(p),
        latencies.count());
  }
}
