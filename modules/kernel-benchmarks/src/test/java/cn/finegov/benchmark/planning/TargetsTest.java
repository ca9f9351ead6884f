package cn.finegov.benchmark.planning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.benchmark.support.Latencies;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetsTest {

  @Test
  void theNextPercentIsAtLeastTwentyPointsAwayAndWithinTheScale() {
    for (int current = 0; current <= 100; current++) {
      Set<Integer> seen = new HashSet<>();
      for (int draw = -300; draw < 300; draw++) {
        int next = Targets.nextPercent(current, draw);
        assertThat(next).isBetween(0, 100);
        assertThat(Math.abs(next - current)).as("from %d", current).isGreaterThanOrEqualTo(20);
        seen.add(next);
      }
      // every allowed value can be drawn
      int allowed = 0;
      for (int p = 0; p <= 100; p++) {
        if (Math.abs(p - current) >= 20) {
          allowed++;
        }
      }
      assertThat(seen).hasSize(allowed);
    }
  }

  @Test
  void theVerdictHoldsTheNinetyFifthPercentileAgainstFiveHundredMillis() {
    Latencies fast = new Latencies("fast");
    Latencies slow = new Latencies("slow");
    for (int i = 1; i <= 100; i++) {
      fast.record(0, i * 4_000_000L, 200, true); // p95 380 ms
      slow.record(0, i <= 94 ? 1_000_000L : 600_000_000L, 200, true); // p95 600 ms
    }
    assertThat(Targets.verdict(fast.percentileMillis(95))).isEqualTo("PASS");
    assertThat(Targets.verdict(slow.percentileMillis(95))).isEqualTo("FAIL");
    assertThat(Targets.verdict(500.0)).isEqualTo("FAIL");
    assertThat(Targets.verdict(Double.NaN)).isEqualTo("NO DATA");
    assertThat(Targets.summary("slow one", slow))
        .contains("p95")
        .contains("600.0")
        .contains("FAIL");
  }
}
