package cn.finegov.simulators.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  private static final String SECRET = "scenario-secret";

  private SuiteStandIn suite;
  private HotlineSimulator hotline;

  @BeforeEach
  void start() throws IOException {
    suite = new SuiteStandIn(SECRET);
    hotline =
        HotlineSimulator.start(
            HotlineSettings.builder()
                .port(0)
                .secret(SECRET)
                .suiteUrl(suite.url())
                .exchange("jdbc:h2:mem:hl-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")
                .retry(3, Duration.ofMillis(20), Duration.ofMillis(50))
                .build());
  }

  @AfterEach
  void stop() {
    hotline.close();
    suite.close();
  }

  @Test
  void theSharesGiveExactCountsAndTheSuiteKeepsEachTicketOnce() {
    ScenarioReport report = hotline.generate(1000, 0.10, 0.05, Channel.PUSH, 8);

    assertThat(report.count()).isEqualTo(1000);
    assertThat(report.uniqueValid()).isEqualTo(850);
    assertThat(report.duplicates()).isEqualTo(100);
    assertThat(report.malformed()).isEqualTo(50);
    assertThat(report.malformedByKind())
        .containsEntry(MalformedKind.NOT_JSON, 7)
        .containsEntry(MalformedKind.MISSING_TICKET_NO, 7)
        .containsEntry(MalformedKind.MISSING_CONTENT, 6)
        .containsEntry(MalformedKind.UNKNOWN_CATEGORY, 6)
        .hasSize(8);
    // the stand-in takes the well-formed unknown category and rejects the other malformed kinds
    assertThat(report.accepted()).isEqualTo(850 + 6);
    assertThat(report.duplicateAnswers()).isEqualTo(100);
    assertThat(report.rejected()).isEqualTo(44);
    assertThat(report.failed()).isZero();
    assertThat(report.acknowledged()).isEqualTo(956);
    assertThat(report.malformedOutcomes().get(MalformedKind.UNKNOWN_CATEGORY))
        .isEqualTo(Map.of(Outcome.ACCEPTED, 6));
    assertThat(report.malformedOutcomes().get(MalformedKind.BAD_PHONE))
        .isEqualTo(Map.of(Outcome.REJECTED, 6));
    assertThat(report.validTicketNumbers()).hasSize(850).doesNotHaveDuplicates();
    assertThat(suite.tickets)
        .hasSize(856)
        .containsKeys(report.validTicketNumbers().toArray(String[]::new));
    assertThat(hotline.acknowledged()).containsAll(report.validTicketNumbers()).hasSize(856);

    // a duplicate is the same payload again
    Map<String, Long> bodies =
        suite.received(HotlineSimulator.TICKETS_PATH).stream()
            .collect(Collectors.groupingBy(SuiteStandIn.Received::body, Collectors.counting()));
    assertThat(bodies.values().stream().filter(n -> n == 2).count()).isEqualTo(100);
    assertThat(bodies.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1000);
    assertThat(report.json()).contains("\"uniqueValid\":850").contains("\"acknowledged\":956");
  }

  @Test
  void theTableChannelWritesOneRowPerItem() {
    ScenarioReport report = hotline.generate(100, 0.1, 0.1, Channel.TABLE, 4);

    assertThat(report.rowsWritten()).isEqualTo(100);
    assertThat(report.rowsFailed()).isZero();
    assertThat(report.accepted() + report.duplicateAnswers() + report.rejected()).isZero();
    assertThat(hotline.countRows("NEW")).isEqualTo(100);
    assertThat(suite.received).isEmpty();
    ExchangeTable table = hotline.exchange().orElseThrow();
    assertThat(report.validTicketNumbers().stream().mapToInt(n -> table.rows(n).size()).sum())
        .isEqualTo(80 + 10);
  }

  @Test
  void bothChannelsCarryEveryItem() {
    ScenarioReport report = hotline.generate(50, 0.1, 0, Channel.BOTH, 3);

    assertThat(report.rowsWritten()).isEqualTo(50);
    assertThat(report.accepted()).isEqualTo(45);
    assertThat(report.duplicateAnswers()).isEqualTo(5);
    assertThat(hotline.countRows("NEW")).isEqualTo(50);
  }

  @Test
  void batchesKeepTheCountsExact() {
    ScenarioReport report = hotline.run(new Scenario(300, 0.1, 0.02, Channel.PUSH, 4, 50));

    assertThat(report.uniqueValid()).isEqualTo(264);
    assertThat(report.accepted()).isEqualTo(264);
    assertThat(report.duplicateAnswers()).isEqualTo(30);
    assertThat(report.rejected()).isEqualTo(6);
    assertThat(
            suite.received(HotlineSimulator.TICKETS_PATH).stream()
                .filter(r -> r.body().startsWith("{\"tickets\":")))
        .isNotEmpty();
  }

  @Test
  void aLoadWaitsWhileTheHotlineIsDown() {
    hotline.down(Duration.ofMillis(300));
    long started = System.currentTimeMillis();

    ScenarioReport report = hotline.generate(20, 0, 0, Channel.PUSH, 4);

    assertThat(report.accepted()).isEqualTo(20);
    assertThat(
            suite.received.stream().mapToLong(SuiteStandIn.Received::atMillis).min().orElseThrow())
        .isGreaterThanOrEqualTo(started + 250);
  }

  @Test
  void impossibleSharesAreRefused() {
    assertThatThrownBy(() -> new Scenario(10, 0.6, 0.5, Channel.PUSH, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Scenario(10, 0.5, 0.5, Channel.PUSH, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Scenario(10, 0, 0, Channel.PUSH, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Scenario(7, 0.5, 0, Channel.PUSH, 1).duplicates()).isEqualTo(4);
  }
}
