package cn.finegov.simulators.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExchangeTableTest {

  private static String memoryUrl() {
    return "jdbc:h2:mem:hl-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  private static HotlineSimulator hotline(String url) {
    return HotlineSimulator.start(
        HotlineSettings.builder().port(0).secret("s").exchange(url, "sa", "").build());
  }

  @Test
  void ticketsAreWrittenAsNewRowsInIdOrderAndCountedByStatus() throws SQLException {
    String url = memoryUrl();
    try (HotlineSimulator hotline = hotline(url)) {
      Ticket first = hotline.newTicket();
      Ticket second = hotline.newTicket();
      long firstId = hotline.writeRow(first);
      long secondId = hotline.writeRow(second);
      long brokenId = hotline.writeRow(hotline.newMalformed(MalformedKind.NOT_JSON));
      hotline.writeRow(hotline.newMalformed(MalformedKind.MISSING_TICKET_NO));

      assertThat(secondId).isGreaterThan(firstId);
      assertThat(brokenId).isGreaterThan(secondId);
      assertThat(hotline.countRows("NEW")).isEqualTo(4);
      ExchangeTable.Row row = hotline.exchange().orElseThrow().rows(first.gdbh()).get(0);
      assertThat(row.payload()).isEqualTo(first.json());
      assertThat(row.status()).isEqualTo("NEW");
      assertThat(hotline.exchange().orElseThrow().rows("")).hasSize(1);

      // the suite takes a row, refuses another
      try (Connection connection = DriverManager.getConnection(url, "sa", "");
          Statement statement = connection.createStatement()) {
        statement.executeUpdate(
            "update hl_exchange_ticket set status = 'TAKEN', taken_at = current_timestamp"
                + " where id = "
                + firstId);
        statement.executeUpdate(
            "update hl_exchange_ticket set status = 'ERROR', note = 'not JSON' where id = "
                + brokenId);
        try (ResultSet columns =
            statement.executeQuery(
                "select id, gdbh, payload, created_at, status, taken_at, note"
                    + " from hl_exchange_ticket order by id")) {
          assertThat(columns.next()).isTrue();
          assertThat(columns.getTimestamp("created_at")).isNotNull();
          assertThat(columns.getTimestamp("taken_at")).isNotNull();
        }
      }
      assertThat(hotline.countRows("NEW")).isEqualTo(2);
      assertThat(hotline.countRows("TAKEN")).isEqualTo(1);
      assertThat(hotline.exchange().orElseThrow().counts())
          .isEqualTo(Map.of("NEW", 2L, "TAKEN", 1L, "ERROR", 1L));
      assertThat(hotline.stats().rows()).containsEntry("ERROR", 1L);
    }
  }

  @Test
  void anExistingTableIsKeptWithItsRows() {
    String url = memoryUrl();
    try (HotlineSimulator hotline = hotline(url)) {
      hotline.writeRow(hotline.newTicket());
    }
    try (HotlineSimulator again = hotline(url)) {
      assertThat(again.countRows("NEW")).isEqualTo(1);
    }
  }

  @Test
  void withoutAMiddleDatabaseRowsCannotBeWritten() {
    try (HotlineSimulator hotline =
        HotlineSimulator.start(HotlineSettings.builder().port(0).secret("s").build())) {
      assertThat(hotline.exchange()).isEmpty();
      assertThatThrownBy(() -> hotline.writeRow(hotline.newTicket()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("no middle database");
    }
  }

  @Test
  void theDemoStartsAnH2TcpServerThatOthersReachByItsUrl() throws SQLException {
    try (HotlineSimulator hotline =
        HotlineSimulator.start(
            HotlineSettings.builder().port(0).secret("s").exchangeH2Port(0).build())) {
      String url = hotline.exchange().orElseThrow().url();
      assertThat(url).matches("jdbc:h2:tcp://localhost:[0-9]+/mem:hotline;DB_CLOSE_DELAY=-1");
      Ticket ticket = hotline.newTicket();
      hotline.writeRow(ticket);

      try (Connection connection = DriverManager.getConnection(url, "sa", "");
          Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "select gdbh, payload from hl_exchange_ticket where status = 'NEW' order by id")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo(ticket.gdbh());
        assertThat(rows.getString(2)).isEqualTo(ticket.json());
      }
    }
  }
}
