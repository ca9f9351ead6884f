package cn.finegov.systemtest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.finegov.simulators.hotline.Delivery;
import cn.finegov.simulators.hotline.HotlineSimulator;
import cn.finegov.simulators.hotline.Outcome;
import cn.finegov.simulators.hotline.Ticket;
import cn.finegov.systemtest.grid.GridCases;
import cn.finegov.systemtest.hotline.HotlineSimulators;
import cn.finegov.systemtest.hotline.HotlineTables;
import cn.finegov.systemtest.hotline.HotlineTables.Counts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No acknowledged ticket lost, none twice, proved by a crash: the hotline simulator pushes 10,000
 * tickets while the server process is killed with SIGKILL and restarted; the simulator resends what
 * was not answered, as the hotline does. Afterwards every ticket the suite acknowledged is stored
 * exactly once, and each ticket routed to the grid has exactly one case. Runs after the Arquillian
 * tests against the same test domain, which it kills and restarts ({@link TestServer} starts and
 * deploys it once for the fault tests).
 */
@ExtendWith(TestServer.class)
class KillDuringIntakeIT {

  private static final int TICKETS = 10_000;
  private static final int KILL_AFTER = 2_000;
  private static final int THREADS = 8;
  private static final int CASE_EVERY = 10;

  /**
   * Tickets per push: a batch cut by the kill is resent whole. Its tickets are queued as one inbox
   * message and remembered together after it, so the resend is answered ACCEPTED (nothing was
   * remembered; the handler keeps each ticket once) or DUPLICATE (all of it was).
   */
  private static final int BATCH = 100;

  private static HotlineSimulator hotline;

  @BeforeAll
  static void startSimulator() throws Exception {
    hotline = HotlineSimulators.startPatient();
  }

  @AfterAll
  static void stopSimulator() throws Exception {
    if (hotline != null) {
      hotline.close();
    }
  }

  @Test
  void everyAcknowledgedTicketIsStoredExactlyOnceAfterAKillDuringIntake() throws Exception {
    List<Ticket> tickets = mix();
    List<String> numbers = tickets.stream().map(Ticket::gdbh).toList();
    ExecutorService pushers = Executors.newFixedThreadPool(THREADS);
    List<Future<List<Delivery>>> batches = new ArrayList<>();
    for (int i = 0; i < TICKETS; i += BATCH) {
      List<Ticket> batch = tickets.subList(i, Math.min(TICKETS, i + BATCH));
      batches.add(pushers.submit(() -> hotline.pushBatch(batch)));
    }
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> hotline.acknowledged().size() >= KILL_AFTER);
    Set<String> acknowledgedBeforeKill = new HashSet<>(hotline.acknowledged());
    TestServer.kill();
    // Acknowledged but not yet stored: only in the broker's persistent queue when the process died.
    long queuedAtKill =
        acknowledgedBeforeKill.size()
            - HotlineTables.counts(List.copyOf(acknowledgedBeforeKill)).rows();
    assertThat(acknowledgedBeforeKill.size())
        .as("the kill came during the intake")
        .isLessThan(TICKETS);

    TestServer.restart();
    Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
    for (Future<List<Delivery>> batch : batches) {
      for (Delivery delivery : batch.get(15, TimeUnit.MINUTES)) {
        outcomes.merge(delivery.outcome(), 1L, Long::sum);
      }
    }
    pushers.shutdown();

    assertThat(outcomes.keySet())
        .as("every push answered ACCEPTED or DUPLICATE: %s", outcomes)
        .contains(Outcome.ACCEPTED)
        .isSubsetOf(Outcome.ACCEPTED, Outcome.DUPLICATE);
    assertThat(outcomes.values().stream().mapToLong(Long::longValue).sum())
        .as("one final answer per ticket: %s", outcomes)
        .isEqualTo(TICKETS);
    assertThat(hotline.acknowledged()).containsAll(numbers);
    await()
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofSeconds(2))
        .untilAsserted(() -> assertThat(HotlineTables.counts(numbers).rows()).isEqualTo(TICKETS));
    Counts counts = HotlineTables.counts(numbers);
    assertThat(counts.distinctNumbers()).isEqualTo(TICKETS);
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () ->
                assertThat(HotlineTables.counts(numbers).withCase())
                    .isEqualTo(TICKETS / CASE_EVERY));
    counts = HotlineTables.counts(numbers);
    assertThat(counts.cases())
        .as("one case per ticket routed to the grid")
        .isEqualTo(counts.withCase());
    assertThat(counts.distinctCaseTickets()).isEqualTo(counts.cases());
    System.out.printf(
        "KillDuringIntakeIT: killed after %d acknowledgements (%d of them only queued);"
            + " answers %s; %s%n",
        acknowledgedBeforeKill.size(), queuedAtKill, outcomes, counts);
  }

  /**
   * The tickets: every {@value #CASE_EVERY}th a street-lamp problem in the demo city (a grid case),
   * the others consultations (kept for staff), so that the crash test stays within the build's time
   * while both paths of the handler are cut by the kill.
   */
  private static List<Ticket> mix() {
    List<Ticket> tickets = new ArrayList<>(TICKETS);
    for (int i = 0; i < TICKETS; i++) {
      Ticket ticket = hotline.newTicket();
      if (i % CASE_EVERY == 0) {
        double[] place = GridCases.freshPlace();
        tickets.add(HotlineSimulators.as(ticket, "1101", place[0], place[1]));
      } else {
        tickets.add(HotlineSimulators.as(ticket, "2101", ticket.wd(), ticket.jd()));
      }
    }
    return tickets;
  }
}
