package cn.finegov.grid.application.gridcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CaseNumbersTest {

  /** The counter rows as the repository keeps them, with every reservation noted. */
  private final Map<String, Long> counters = new HashMap<>();

  private final List<String> reservations = new ArrayList<>();

  private synchronized long reserve(String district, int year, int count) {
    reservations.add(district + "/" + year + "+" + count);
    return counters.merge(district + "/" + year, (long) count, Long::sum);
  }

  private final CaseNumbers.Blocks blocks = new CaseNumbers.Blocks(this::reserve);

  @Test
  void numbersAscendFromBlocksReservedOncePerBlock() {
    List<Long> numbers = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      numbers.add(blocks.next("990102", 2026, 10));
    }

    assertThat(numbers).startsWith(1L, 2L, 3L).endsWith(24L, 25L).doesNotHaveDuplicates();
    assertThat(numbers).isSorted();
    assertThat(reservations).containsExactly("990102/2026+10", "990102/2026+10", "990102/2026+10");
  }

  @Test
  void districtsAndYearsCountApartAndAnotherServersReservationIsSkipped() {
    assertThat(blocks.next("990102", 2026, 5)).isEqualTo(1);
    // Another server takes the next block of the same counter meanwhile.
    reserve("990102", 2026, 5);
    assertThat(blocks.next("990103", 2026, 5)).isEqualTo(1);
    assertThat(blocks.next("990102", 2027, 5)).isEqualTo(1);
    for (int i = 2; i <= 5; i++) {
      assertThat(blocks.next("990102", 2026, 5)).isEqualTo(i);
    }

    assertThat(blocks.next("990102", 2026, 5)).isEqualTo(11);
  }

  @Test
  void aBlockOfOneUpdatesTheCounterForEveryNumberAndAChangedSizeAppliesToTheNextBlock() {
    assertThat(blocks.next("990102", 2026, 1)).isEqualTo(1);
    assertThat(blocks.next("990102", 2026, 1)).isEqualTo(2);
    assertThat(blocks.next("990102", 2026, 3)).isEqualTo(3);
    assertThat(blocks.next("990102", 2026, 1)).isEqualTo(4);
    assertThat(blocks.next("990102", 2026, 0)).isEqualTo(5);
    assertThat(blocks.next("990102", 2026, 0)).isEqualTo(6);

    // The block of 3 (3 to 5) is used up before the size of 1 applies again; 0 counts as 1.
    assertThat(reservations)
        .containsExactly("990102/2026+1", "990102/2026+1", "990102/2026+3", "990102/2026+1");
  }

  @Test
  void concurrentReportsNeverShareANumber() throws Exception {
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      done.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 1000; i++) {
                  assertThat(seen.add(blocks.next("990102", 2026, 7))).isTrue();
                }
              }));
    }
    for (Future<?> f : done) {
      f.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    // One server: the numbers 1 to 8,000 without a gap, from 1,143 blocks of 7.
    assertThat(seen).hasSize(8000).allMatch(n -> n >= 1 && n <= 8000);
    assertThat(counters.get("990102/2026")).isEqualTo(1143L * 7);
  }
}
