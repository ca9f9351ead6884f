package cn.finegov.integration.hotline.flow;

import static cn.finegov.integration.hotline.message.TicketJson.text;
import static cn.finegov.integration.hotline.message.TicketJson.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.finegov.integration.hotline.flow.RecordingInbox.Queued;
import cn.finegov.integration.hotline.message.InvalidMessageException;
import cn.finegov.integration.hotline.message.TicketJson;
import cn.finegov.integration.runtime.api.DeadLetters;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

/**
 * {@code hotline-exchange-poll} against the exchange table of PROTOCOL.md in an in-memory H2
 * database, reached through the real {@link ExchangeDatabase} with the settings {@code
 * hotline.exchange.*}: new rows reach the ticket intake in id order and are marked taken, whatever
 * the intake made of them. The end of the work on a row is its status: the tests wait for it.
 */
class HotlineExchangePollTest extends HotlineRouteTestSupport {

  private final String url = "jdbc:h2:mem:exchange-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  @Override
  Map<String, String> settings() {
    return Map.of(
        "hotline.exchange.enabled", "true",
        "hotline.exchange.url", url,
        "hotline.exchange.username", "sa",
        "hotline.exchange.password", "",
        "hotline.exchange.poll-millis", "100");
  }

  @Override
  protected void doPostTearDown() throws Exception {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute("shutdown");
    }
    super.doPostTearDown();
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "sa", "");
  }

  private void createTable() throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "create table hl_exchange_ticket ("
              + " id bigint primary key,"
              + " gdbh varchar(40) not null,"
              + " payload character large object not null,"
              + " created_at timestamp not null,"
              + " status varchar(10) not null,"
              + " taken_at timestamp,"
              + " note varchar(500))");
    }
  }

  private void insert(long id, String gdbh, String payload, String status) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into hl_exchange_ticket (id, gdbh, payload, created_at, status)"
                    + " values (?, ?, ?, ?, ?)")) {
      insert.setLong(1, id);
      insert.setString(2, gdbh);
      insert.setString(3, payload);
      insert.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
      insert.setString(5, status);
      insert.executeUpdate();
    }
  }

  /** Status and whether taken_at is set, per row id. */
  private Map<Long, String> rows() throws SQLException {
    Map<Long, String> rows = new LinkedHashMap<>();
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "select id, status, taken_at from hl_exchange_ticket order by id")) {
      while (result.next()) {
        rows.put(
            result.getLong(1),
            result.getString(2) + (result.getTimestamp(3) == null ? "" : "+taken_at"));
      }
    }
    return rows;
  }

  private void awaitRows(Map<Long, String> expected) {
    await().atMost(WAIT).untilAsserted(() -> assertThat(rows()).isEqualTo(expected));
  }

  private MockEndpoint adviseIntake() throws Exception {
    AdviceWith.adviceWith(
        context,
        "hotline-exchange-poll",
        route -> route.mockEndpoints(HotlineRoutes.TICKET_ENDPOINT));
    return getMockEndpoint("mock:" + HotlineRoutes.TICKET_ENDPOINT);
  }

  @Test
  void newRowsReachTheIntakeInIdOrderAndAreMarkedTaken() throws Exception {
    createTable();
    String first = TicketJson.valid("12345-20261123-000010");
    String second = TicketJson.valid("12345-20261123-000020");
    String third = TicketJson.valid("12345-20261123-000030");
    insert(20, "12345-20261123-000020", second, "NEW");
    insert(30, "12345-20261123-000030", third, "NEW");
    insert(10, "12345-20261123-000010", first, "NEW");
    insert(5, "12345-20261123-000005", TicketJson.valid("12345-20261123-000005"), "TAKEN");
    insert(6, "12345-20261123-000006", TicketJson.valid("12345-20261123-000006"), "ERROR");
    MockEndpoint intakeCalls = adviseIntake();
    intakeCalls.expectedBodiesReceived(first, second, third);

    start();

    // A row is marked taken once the intake is through with it: the end of the work.
    awaitRows(
        Map.of(
            5L, "TAKEN",
            6L, "ERROR",
            10L, "TAKEN+taken_at",
            20L, "TAKEN+taken_at",
            30L, "TAKEN+taken_at"));
    intakeCalls.assertIsSatisfied();
    assertThat(inbox.queued)
        .extracting(Queued::messageId)
        .containsExactly("12345-20261123-000010", "12345-20261123-000020", "12345-20261123-000030");
    assertThat(inbox.queued)
        .allSatisfy(
            queued ->
                assertThat(queued.headers())
                    .containsOnly(
                        Map.entry(Intake.CHANNEL, "TABLE"),
                        Map.entry(DeadLetters.SOURCE, queued.messageId())));
    assertThat(deadLetters.received).isEmpty();
  }

  @Test
  void aMalformedRowIsADeadLetterAndIsTakenToo() throws Exception {
    createTable();
    String malformed = text(ticket("12345-20261123-000011").remove("nr"));
    String valid = TicketJson.valid("12345-20261123-000012");
    insert(11, "12345-20261123-000011", malformed, "NEW");
    insert(12, "12345-20261123-000012", valid, "NEW");
    MockEndpoint intakeCalls = adviseIntake();
    intakeCalls.expectedBodiesReceived(malformed, valid);

    start();

    awaitRows(Map.of(11L, "TAKEN+taken_at", 12L, "TAKEN+taken_at"));
    intakeCalls.assertIsSatisfied();
    assertThat(deadLetters.received)
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.body()).isEqualTo(malformed);
              assertThat(letter.failure()).isInstanceOf(InvalidMessageException.class);
              assertThat(letter.routeId()).isEqualTo("hotline-ticket-intake");
              assertThat(letter.headers())
                  .containsEntry(DeadLetters.FLOW, HotlineRoutes.TICKET_FLOW)
                  .containsEntry(DeadLetters.REPLAY_TARGET, HotlineRoutes.TICKET_ENDPOINT)
                  .containsEntry(DeadLetters.SOURCE, "12345-20261123-000011")
                  .containsEntry(Intake.CHANNEL, "TABLE");
            });
    assertThat(inbox.queued).extracting(Queued::messageId).containsExactly("12345-20261123-000012");
  }

  @Test
  void aRowReadTwiceIsADuplicateAndRowsWrittenLaterAreTakenInALaterPoll() throws Exception {
    createTable();
    String json = TicketJson.valid("12345-20261123-000013");
    insert(13, "12345-20261123-000013", json, "NEW");
    insert(14, "12345-20261123-000013", json, "NEW");
    start();
    awaitRows(Map.of(13L, "TAKEN+taken_at", 14L, "TAKEN+taken_at"));

    insert(15, "12345-20261123-000015", TicketJson.valid("12345-20261123-000015"), "NEW");

    awaitRows(Map.of(13L, "TAKEN+taken_at", 14L, "TAKEN+taken_at", 15L, "TAKEN+taken_at"));
    assertThat(inbox.queued)
        .extracting(Queued::messageId)
        .containsExactly("12345-20261123-000013", "12345-20261123-000015");
    assertThat(deadLetters.received).isEmpty();
  }

  @Test
  void theMiddleDatabaseSwitchAddsThePollingRoute() throws Exception {
    createTable();

    start();

    assertThat(context.getRoute("hotline-exchange-poll")).isNotNull();
  }
}
