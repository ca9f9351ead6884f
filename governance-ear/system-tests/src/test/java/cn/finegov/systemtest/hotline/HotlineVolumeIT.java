package cn.finegov.systemtest.hotline;

import static cn.finegov.systemtest.grid.GridCases.freshPlace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.finegov.simulators.hotline.Channel;
import cn.finegov.simulators.hotline.Delivery;
import cn.finegov.simulators.hotline.ExchangeTable;
import cn.finegov.simulators.hotline.HotlineSimulator;
import cn.finegov.simulators.hotline.MalformedKind;
import cn.finegov.simulators.hotline.Outcome;
import cn.finegov.simulators.hotline.ScenarioReport;
import cn.finegov.simulators.hotline.Ticket;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Codes;
import cn.finegov.systemtest.Deployments;
import cn.finegov.systemtest.TestEnvironment;
import cn.finegov.systemtest.hotline.HotlineTables.Counts;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Volume and the dead-letter path with the simulator on both channels and the test PostgreSQL as
 * the suite's database and the middle database: exact counts for a thousand tickets with duplicates
 * and malformed ones, each ticket once when it comes both ways, and a ticket of an unmapped
 * category kept as a dead letter until the mapping is fixed and the letter replayed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HotlineVolumeIT {

  private static HotlineSimulator hotline;
  private final Api admin = Api.as("sysadmin");

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeAll
  static void startHotline() {
    hotline = HotlineSimulators.start();
  }

  @AfterAll
  static void stopHotline() {
    if (hotline != null) {
      hotline.close();
    }
  }

  @Test
  void aThousandTicketsWithTenPercentDuplicatesAndFivePercentMalformedGiveExactCounts() {
    long lettersBefore = openTicketLetters();

    ScenarioReport report = hotline.generate(1000, 0.10, 0.05, Channel.PUSH, 8);

    assertThat(report.uniqueValid()).isEqualTo(850);
    // A category the mapping does not know is well-formed: the ticket is taken (acknowledged) and
    // waits as a dead letter for the mapping; every other malformed ticket is refused at once.
    int unmapped = report.malformedByKind().getOrDefault(MalformedKind.UNKNOWN_CATEGORY, 0);
    assertThat(report.malformed()).isEqualTo(50);
    assertThat(report.accepted()).as(report.json()).isEqualTo(850 + unmapped);
    assertThat(report.duplicateAnswers()).as(report.json()).isEqualTo(100);
    assertThat(report.rejected()).as(report.json()).isEqualTo(50 - unmapped);
    assertThat(report.failed()).as(report.json()).isZero();
    List<String> numbers = report.validTicketNumbers();
    Counts counts = awaitStored(numbers, Duration.ofMinutes(4));
    assertThat(counts.distinctNumbers()).isEqualTo(850);
    assertThat(counts.cases())
        .as("one case per ticket routed to the grid")
        .isEqualTo(counts.withCase());
    assertThat(counts.distinctCaseTickets()).isEqualTo(counts.cases());
    assertThat(counts.withCase()).as("the generator's component and event share").isPositive();
    // Each malformed ticket is one dead letter with its reason; none of the valid ones is.
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(openTicketLetters() - lettersBefore).isEqualTo(50));
    System.out.printf(
        "HotlineVolumeIT: %d pushes in %d ms, %s%n", report.count(), report.millis(), counts);
  }

  @Test
  void aTicketSentAsAMiddleDatabaseRowAndAPushIsKeptOnceAndEveryRowIsTaken() {
    ScenarioReport report = hotline.generate(200, 0.10, 0.05, Channel.BOTH, 4);

    assertThat(report.failed()).as(report.json()).isZero();
    assertThat(report.rowsFailed()).as(report.json()).isZero();
    assertThat(report.rowsWritten()).as(report.json()).isPositive();
    ExchangeTable table = hotline.exchange().orElseThrow();
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> assertThat(table.count("NEW")).isZero());
    Counts counts = awaitStored(report.validTicketNumbers(), Duration.ofMinutes(2));
    assertThat(counts.distinctNumbers()).isEqualTo(report.uniqueValid());
    assertThat(counts.cases()).isEqualTo(counts.withCase());
    assertThat(counts.distinctCaseTickets()).isEqualTo(counts.cases());
  }

  @Test
  void anUnmappedCategoryWaitsAsADeadLetterUntilTheMappingIsFixedAndTheLetterReplayed() {
    String code = "U" + Codes.unique("").replace("-", "");
    double[] place = freshPlace();
    Ticket ticket = HotlineSimulators.as(hotline.newTicket(), code, place[0], place[1]);
    Delivery pushed = hotline.push(ticket);
    assertThat(pushed.outcome()).as(pushed.toString()).isEqualTo(Outcome.ACCEPTED);

    JsonObject letter = awaitLetter(ticket.gdbh());
    assertThat(letter.getString("reason")).contains(code);
    assertThat(letter.getString("body")).contains(ticket.gdbh());
    assertThat(letter.getString("body"))
        .as("the dead letter keeps the original")
        .contains(ticket.nr());
    assertThat(HotlineTables.counts(List.of(ticket.gdbh())).rows()).isZero();
    // Replaying before the fix fails again, and the letter stays.
    assertThat(admin.post("/integration/dead-letters/" + id(letter) + "/replay", "").status())
        .isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(letterOf(ticket.gdbh()).getInt("failureCount"))
                    .isGreaterThanOrEqualTo(2));
    assertThat(HotlineTables.counts(List.of(ticket.gdbh())).rows()).isZero();

    Api.Reply mapped =
        admin.put(
            "/hotline/mappings/" + code,
            Api.json("name", "新增分类", "disposition", "CASE", "gridCategory", "C0109"));
    assertThat(mapped.status()).as(mapped.toString()).isEqualTo(201);
    Api.Reply replayed = admin.post("/integration/dead-letters/" + id(letter) + "/replay", "");
    assertThat(replayed.status()).as(replayed.toString()).isEqualTo(200);

    Counts counts = awaitStored(List.of(ticket.gdbh()), Duration.ofSeconds(30));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> assertThat(HotlineTables.counts(List.of(ticket.gdbh())).cases()).isEqualTo(1));
    assertThat(counts.rows()).isEqualTo(1);
    assertThat(letterOf(ticket.gdbh()).getString("status")).isNotEqualTo("OPEN");
    // A resend of the ticket now is a duplicate, not a second case.
    assertThat(hotline.push(ticket).outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(HotlineTables.counts(List.of(ticket.gdbh())).cases()).isEqualTo(1);
  }

  @Test
  void aPushedBatchWithAnUnmappedTicketIsSplitTheOthersGetCasesAndItWaitsAsADeadLetter() {
    List<Ticket> mapped = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      double[] place = freshPlace();
      mapped.add(HotlineSimulators.as(hotline.newTicket(), "1101", place[0], place[1]));
    }
    String code = "U" + Codes.unique("").replace("-", "");
    double[] place = freshPlace();
    Ticket unmapped = HotlineSimulators.as(hotline.newTicket(), code, place[0], place[1]);
    List<Ticket> batch = List.of(mapped.get(0), unmapped, mapped.get(1), mapped.get(2));

    List<Delivery> answers = hotline.pushBatch(batch);

    assertThat(answers)
        .as("taken as one inbox batch, all acknowledged")
        .extracting(Delivery::outcome)
        .containsOnly(Outcome.ACCEPTED)
        .hasSize(4);
    // The batch's transaction fails on the unmapped ticket; its tickets are queued again one by
    // one: the mapped ones get their cases, the unmapped one becomes a dead letter on its own.
    List<String> numbers = mapped.stream().map(Ticket::gdbh).toList();
    awaitStored(numbers, Duration.ofSeconds(60));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(HotlineTables.counts(numbers).cases()).isEqualTo(3));
    JsonObject letter = awaitLetter(unmapped.gdbh());
    assertThat(letter.getString("reason")).contains(code);
    assertThat(letter.getString("body")).contains(unmapped.gdbh());
    assertThat(HotlineTables.counts(List.of(unmapped.gdbh())).rows()).isZero();
    // Sent again, the batch is four duplicates and makes nothing new.
    assertThat(hotline.pushBatch(batch))
        .extracting(Delivery::outcome)
        .containsOnly(Outcome.DUPLICATE);
    assertThat(HotlineTables.counts(numbers).cases()).isEqualTo(3);
  }

  @Test
  void inOneBatchASecondTicketAtTheSamePlaceIsAProbableDuplicateOfTheFirstsCase() {
    // The batch's cases are written together at its commit: the duplicate check of the second
    // ticket sees the first one's case before it is in the table.
    double[] place = freshPlace();
    double[] elsewhere = freshPlace();
    Ticket first = HotlineSimulators.as(hotline.newTicket(), "1101", place[0], place[1]);
    Ticket again = HotlineSimulators.as(hotline.newTicket(), "1101", place[0] + 0.0001, place[1]);
    Ticket apart = HotlineSimulators.as(hotline.newTicket(), "1101", elsewhere[0], elsewhere[1]);

    assertThat(hotline.pushBatch(List.of(first, again, apart)))
        .extracting(Delivery::outcome)
        .containsOnly(Outcome.ACCEPTED);

    String original = HotlineExchangeIT.caseOf(first.gdbh());
    JsonObject duplicate =
        Api.as("clerk").get("/grid/cases/" + HotlineExchangeIT.caseOf(again.gdbh())).json();
    assertThat(duplicate.getJsonObject("summary").getString("duplicateOf", null))
        .isEqualTo(original);
    JsonObject other =
        Api.as("clerk").get("/grid/cases/" + HotlineExchangeIT.caseOf(apart.gdbh())).json();
    assertThat(other.getJsonObject("summary").getString("duplicateOf", null)).isNull();
    assertThat(
            Api.as("clerk")
                .get("/grid/cases/" + original)
                .json()
                .getJsonObject("summary")
                .getString("duplicateOf", null))
        .isNull();
  }

  @Test
  void callersPhonesNeverReachTheServerLogAndTheRoutesRunOnManagedThreads() throws Exception {
    double[] place = freshPlace();
    Ticket good = HotlineSimulators.as(hotline.newTicket(), "1101", place[0], place[1]);
    Ticket bad = hotline.newTicket();
    String badPhone = "139" + bad.gdbh().substring(bad.gdbh().length() - 4) + "x";
    String broken = bad.json().replace(bad.ldr().dh(), badPhone);
    assertThat(hotline.push(good).outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(
            HotlineSigning.post("/hotline/inbound/tickets", broken, HotlineSimulators.SECRET)
                .status())
        .isEqualTo(400);
    awaitStored(List.of(good.gdbh()), Duration.ofSeconds(30));
    HotlineExchangeIT.caseOf(good.gdbh());

    Path log = TestEnvironment.domain().resolve("logs/server.log");
    String text = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain(good.ldr().dh()).doesNotContain(badPhone);
    // Transactions begun on threads the server does not know are warned about on every call.
    assertThat(text).doesNotContain("No ComponentInvocation present");
  }

  // --- helpers --------------------------------------------------------------------------------

  /** Waits until every number has its ticket row, and returns the counts then. */
  static Counts awaitStored(List<String> numbers, Duration atMost) {
    await()
        .atMost(atMost)
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> assertThat(HotlineTables.counts(numbers).rows()).isEqualTo(numbers.size()));
    return HotlineTables.counts(numbers);
  }

  private long openTicketLetters() {
    return admin
        .get("/integration/dead-letters?flow=hotline-tickets&status=OPEN&max=1")
        .json()
        .getJsonNumber("total")
        .longValue();
  }

  private JsonObject awaitLetter(String gdbh) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(() -> assertThat(letterOf(gdbh)).isNotNull());
    return letterOf(gdbh);
  }

  private JsonObject letterOf(String gdbh) {
    var items =
        admin
            .get("/integration/dead-letters?flow=hotline-tickets&q=" + gdbh)
            .json()
            .getJsonArray("items");
    if (items.isEmpty()) {
      return null;
    }
    long id = items.getJsonObject(0).getJsonNumber("id").longValue();
    return admin.get("/integration/dead-letters/" + id).json();
  }

  private static long id(JsonObject letter) {
    return letter.getJsonNumber("id").longValue();
  }
}
