package cn.finegov.benchmark.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.benchmark.support.Latencies;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The watcher against a real database (H2 in memory) with the ticket table's two columns. */
class CaseWatcherTest {

  private Connection setup;
  private Connection watching;

  @BeforeEach
  void database() throws SQLException {
    String url = "jdbc:h2:mem:watcher" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    setup = DriverManager.getConnection(url);
    watching = DriverManager.getConnection(url);
    sql("create table hln_ticket (ticket_no varchar(40) primary key, case_number varchar(40))");
  }

  @AfterEach
  void close() throws SQLException {
    watching.close();
    setup.close();
  }

  private void sql(String statement) throws SQLException {
    try (Statement s = setup.createStatement()) {
      s.execute(statement);
    }
  }

  @Test
  void aTicketCountsOnceItsRowHasACaseNumber() throws Exception {
    Latencies latencies = new Latencies("e2e");
    try (CaseWatcher watcher = new CaseWatcher(watching, 2, 10)) {
      long pushed = System.nanoTime();
      watcher.expect("T1", pushed, latencies);
      watcher.expect("T2", pushed, latencies);
      watcher.expect("T3", pushed, null);
      // a ticket row without a case (awaiting routing) is not a committed case
      sql("insert into hln_ticket values ('T1', null)");
      sql("insert into hln_ticket values ('T2', '990102-2026-000001')");
      // T1 stays at the head of the window (size 2): T3 is looked at only after T2 is gone
      sql("insert into hln_ticket values ('T3', '990102-2026-000002')");
      assertThat(watcher.awaitAll(1)).isFalse();
      assertThat(watcher.committed()).isEqualTo(2);
      assertThat(watcher.waiting()).isEqualTo(1);
      assertThat(latencies.count()).isEqualTo(1);

      sql("update hln_ticket set case_number = '990102-2026-000003' where ticket_no = 'T1'");
      assertThat(watcher.awaitAll(5)).isTrue();
      assertThat(watcher.committed()).isEqualTo(3);
      assertThat(latencies.count()).isEqualTo(2);
      assertThat(latencies.percentileMillis(100)).isGreaterThan(0);
      assertThat(watcher.polls().count()).isPositive();
    }
  }

  @Test
  void aTicketSeenBeforeItWasExpectedIsFoundAtTheNextPoll() throws Exception {
    sql("insert into hln_ticket values ('T9', '990102-2026-000009')");
    try (CaseWatcher watcher = new CaseWatcher(watching, 100, 10)) {
      watcher.expect("T9", System.nanoTime(), null);
      assertThat(watcher.awaitAll(5)).isTrue();
      assertThat(watcher.committed()).isEqualTo(1);
    }
  }
}
