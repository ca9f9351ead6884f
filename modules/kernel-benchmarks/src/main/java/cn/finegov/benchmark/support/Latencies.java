package cn.finegov.benchmark.support;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The latencies of one kind of call, with failures by HTTP status; thread-safe. */
public final class Latencies {

  private final String name;
  private long[] nanos = new long[1024];
  private int count;
  private final Map<Integer, Integer> failures = new TreeMap<>();
  private long firstStart = Long.MAX_VALUE;
  private long lastEnd = Long.MIN_VALUE;

  public Latencies(String name) {
    this.name = name;
  }

  /** A call that started at {@code start} (System.nanoTime) and ended now with {@code status}. */
  public synchronized void record(long start, long end, int status, boolean ok) {
    if (!ok) {
      failures.merge(status, 1, Integer::sum);
      return;
    }
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = end - start;
    firstStart = Math.min(firstStart, start);
    lastEnd = Math.max(lastEnd, end);
  }

  public synchronized int count() {
    return count;
  }

  public synchronized double percentileMillis(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * count) - 1;
    return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
  }

  public static String header() {
    return String.format(
        Locale.ROOT,
        "  %-44s %8s %9s %8s %8s %8s %8s  %s",
        "operation",
        "ok",
        "per s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "max ms",
        "failed (status=count)");
  }

  /** One line; throughput over {@code seconds} (or the span of the calls when 0). */
  public synchronized String line(double seconds) {
    double span = seconds > 0 ? seconds : Math.max(1e-9, (lastEnd - firstStart) / 1e9);
    return String.format(
        Locale.ROOT,
        "  %-44s %8d %9.1f %8.1f %8.1f %8.1f %8.1f  %s",
        name,
        count,
        count / span,
        percentileMillis(50),
        percentileMillis(95),
        percentileMillis(99),
        percentileMillis(100),
        failures.isEmpty() ? "" : failures.toString());
  }
}
