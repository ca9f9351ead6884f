package cn.finegov.benchmark.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuMeterTest {

  @Test
  void userAndSystemTicksAreFieldsFourteenAndFifteenEvenWithSpacesInTheName() {
    String stat =
        "4713 (java (main) x) S 1 4712 4712 0 -1 4194560 512 0 0 0 1234 567 8 9 20 0 120 0";
    assertThat(CpuMeter.ticks(stat)).isEqualTo(1234 + 567);
    // fields 16 and 17: the ended children's user and system ticks (a postmaster's backends)
    assertThat(CpuMeter.ticksWithEndedChildren(stat)).isEqualTo(1234 + 567 + 8 + 9);
  }

  @Test
  void theHarnessItselfIsMeasuredAndTheUseIsDescribed() {
    CpuMeter meter = new CpuMeter(ProcessHandle.current().pid());
    CpuMeter.Sample start = meter.sample();
    long sum = 0;
    long until = System.nanoTime() + 300_000_000L;
    while (System.nanoTime() < until) {
      sum += System.nanoTime() % 7;
    }
    assertThat(sum).isPositive();
    assertThat(meter.sample().harness()).isGreaterThan(start.harness());
    assertThat(meter.since(start).describe())
        .startsWith("CPU of the machine: ")
        .contains("server ");
  }

  @Test
  void sharesAreOfTheWholeMachineAndTheRestIsOther() {
    // 200 ticks = 2 cores for one second: 180 busy, of which server 100, PostgreSQL 40, harness 20
    CpuMeter.Usage usage = new CpuMeter.Usage(200, 180, 100, 40, 20);
    assertThat(usage.describe())
        .isEqualTo(
            "CPU of the machine: 90 % busy = server 50 %, PostgreSQL 20 %, harness 10 %,"
                + " other 10 %");
    assertThat(usage.perItem(50, "case"))
        .isEqualTo("CPU per case: server 20.0 ms, PostgreSQL 8.0 ms, harness 4.0 ms");
    assertThat(new CpuMeter.Usage(200, 180, -1, 40, 20).describe()).contains("server ?");
    assertThat(usage.perItem(0, "case")).isEmpty();
  }
}
