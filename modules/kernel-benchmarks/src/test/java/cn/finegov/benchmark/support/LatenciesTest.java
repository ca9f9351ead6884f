package cn.finegov.benchmark.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void percentilesAreNearestRankOfTheSuccessfulCalls() {
    Latencies latencies = new Latencies("calls");
    for (int ms = 100; ms >= 1; ms--) {
      latencies.record(0, ms * 1_000_000L, 200, true);
    }
    latencies.record(0, 5_000_000_000L, 503, false);
    assertThat(latencies.count()).isEqualTo(100);
    assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
    assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
    assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
    assertThat(latencies.percentileMillis(0)).isEqualTo(1.0);
  }

  @Test
  void noCallsHaveNoPercentile() {
    assertThat(new Latencies("none").percentileMillis(99)).isNaN();
  }

  @Test
  void theLineShowsRateOverTheGivenSecondsOrTheSpanAndTheFailures() {
    Latencies latencies = new Latencies("calls");
    latencies.record(0, 10_000_000L, 200, true);
    latencies.record(1_000_000_000L, 2_000_000_000L, 200, true);
    latencies.record(0, 1, 503, false);
    assertThat(latencies.line(4)).contains(" 0.5 ").contains("{503=1}");
    // over the span of the calls: 2 calls in 2 s
    assertThat(latencies.line(0)).contains(" 1.0 ");
  }
}
