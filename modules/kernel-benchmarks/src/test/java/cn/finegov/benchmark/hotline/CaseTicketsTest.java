package cn.finegov.benchmark.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.simulators.hotline.Ticket;
import cn.finegov.simulators.hotline.TicketGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseTicketsTest {

  private static final Set<String> CASE =
      Set.of(
          "1101", "1102", "1103", "1104", "1105", "1201", "1202", "1203", "1204", "1205", "1206",
          "1207");

  private static TicketGenerator generator() {
    return new TicketGenerator(
        7, "1234567", Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void everyTicketIsOfACaseCategoryWithAPlaceAndUnique() {
    CaseTickets tickets = new CaseTickets(generator()::next, CASE, 0.1, 1);
    List<Ticket> drawn = tickets.next(2000);
    assertThat(drawn).allSatisfy(t -> assertThat(CASE).contains(t.flbm()));
    assertThat(drawn).allSatisfy(t -> assertThat(t.jd()).isNotNull());
    assertThat(drawn).allSatisfy(t -> assertThat(t.wd()).isNotNull());
    Set<String> numbers = new HashSet<>();
    drawn.forEach(t -> numbers.add(t.gdbh()));
    assertThat(numbers).hasSize(2000);
  }

  @Test
  void theGivenShareLiesOutsideTheGridsTheRestInside() {
    CaseTickets tickets = new CaseTickets(generator()::next, CASE, 0.1, 1);
    long outside =
        tickets.next(5000).stream().filter(t -> !CaseTickets.insideGrids(t.jd(), t.wd())).count();
    assertThat(outside).isBetween(400L, 600L);
    CaseTickets none = new CaseTickets(generator()::next, CASE, 0, 1);
    assertThat(none.next(500)).allSatisfy(t -> assertThat(CaseTickets.insideGrids(t.jd(), t.wd())));
  }

  @Test
  void anOutsidePlaceIsNearTheGridsButNeverInThem() {
    Random random = new Random(3);
    for (int i = 0; i < 10_000; i++) {
      double[] place = CaseTickets.outside(random);
      assertThat(CaseTickets.insideGrids(place[0], place[1])).isFalse();
      assertThat(place[0])
          .isBetween(
              TicketGenerator.LNG_MIN - CaseTickets.OUTSIDE_MAX,
              TicketGenerator.LNG_MAX + CaseTickets.OUTSIDE_MAX);
      assertThat(place[1])
          .isBetween(
              TicketGenerator.LAT_MIN - CaseTickets.OUTSIDE_MAX,
              TicketGenerator.LAT_MAX + CaseTickets.OUTSIDE_MAX);
    }
  }

  @Test
  void aMoveKeepsEverythingButThePlace() {
    CaseTickets all = new CaseTickets(generator()::next, CASE, 1, 1);
    CaseTickets none = new CaseTickets(generator()::next, CASE, 0, 1);
    Ticket moved = all.next();
    Ticket original = none.next();
    assertThat(moved.gdbh()).isEqualTo(original.gdbh());
    assertThat(moved.nr()).isEqualTo(original.nr());
    assertThat(moved.ldr()).isEqualTo(original.ldr());
    assertThat(moved.jd()).isNotEqualTo(original.jd());
  }

  @Test
  void refusesNoCategoryOrAShareOutsideZeroToOne() {
    assertThatThrownBy(() -> new CaseTickets(generator()::next, Set.of(), 0.1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CaseTickets(generator()::next, CASE, 1.5, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
