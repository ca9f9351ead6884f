package cn.finegov.integration.runtime.idempotent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.infrastructure.migration.DatabaseDialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Against an in-memory H2 database with the module's real migration applied (with the H2 values of
 * the migrator's placeholders).
 */
class JdbcIdempotentRepositoryTest {

  private static final String MIGRATION =
      "db/migration/integration/V1__dead_letters_idempotence.sql";
  private static final Instant NOW = Instant.parse("2024-05-01T08:00:00Z");

  private JdbcDataSource dataSource;
  private JdbcIdempotentRepository files;
  private JdbcIdempotentRepository messages;

  @BeforeEach
  void createDatabase() throws Exception {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:idempotent-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    migrate();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    files = new JdbcIdempotentRepository(dataSource, "egov-orgsync-files", clock);
    messages = new JdbcIdempotentRepository(dataSource, "other-flow", clock);
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("shutdown");
    }
  }

  private void migrate() throws IOException, SQLException {
    String script;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(MIGRATION)) {
      assertThat(in).as(MIGRATION).isNotNull();
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (Map.Entry<String, String> placeholder : DatabaseDialect.H2.placeholders().entrySet()) {
      script = script.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
    }
    String withoutComments =
        script
            .lines()
            .filter(line -> !line.strip().startsWith("--"))
            .collect(Collectors.joining("\n"));
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : withoutComments.split(";")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
  }

  @Test
  void addingAKeyTheFirstTimeSaysTrueAndTheSecondTimeFalse() {
    assertThat(files.add("sha-1")).isTrue();
    assertThat(files.add("sha-1")).isFalse();
    assertThat(files.add("sha-2")).isTrue();
  }

  @Test
  void anAddedKeyIsStoredWithTheTimeOfTheClock() throws SQLException {
    files.add("sha-1");

    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select repository, message_key, created_at from int_idempotent_key")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("egov-orgsync-files");
      assertThat(rows.getString(2)).isEqualTo("sha-1");
      assertThat(rows.getTimestamp(3).toInstant()).isEqualTo(NOW);
      assertThat(rows.next()).isFalse();
    }
  }

  @Test
  void keysBelongToTheirRepositoryName() {
    assertThat(files.add("same-key")).isTrue();

    assertThat(messages.contains("same-key")).isFalse();
    assertThat(messages.add("same-key")).isTrue();
    assertThat(messages.add("same-key")).isFalse();
    assertThat(files.name()).isEqualTo("egov-orgsync-files");
  }

  @Test
  void containsSaysWhetherAKeyWasAdded() {
    assertThat(files.contains("sha-1")).isFalse();

    files.add("sha-1");

    assertThat(files.contains("sha-1")).isTrue();
    assertThat(files.contains("sha-2")).isFalse();
  }

  @Test
  void containingNamesTheStoredKeysOfABatchInOneQuery() {
    files.add("sha-1");
    files.add("sha-3");
    messages.add("sha-2");

    assertThat(files.containing(List.of("sha-1", "sha-2", "sha-3", "sha-4")))
        .containsExactlyInAnyOrder("sha-1", "sha-3");
    assertThat(files.containing(List.of())).isEmpty();
  }

  @Test
  void addAllStoresABatchAndSaysWhichKeysItStored() {
    assertThat(files.addAll(List.of("sha-1", "sha-2"))).containsExactly("sha-1", "sha-2");

    assertThat(files.contains("sha-1")).isTrue();
    assertThat(files.contains("sha-2")).isTrue();
    assertThat(files.addAll(List.of())).isEmpty();
  }

  @Test
  void whenAnotherCopyStoredOneKeyOfABatchFirstTheOthersAreStillStored() {
    files.add("sha-2");

    assertThat(files.addAll(List.of("sha-1", "sha-2", "sha-3"))).containsExactly("sha-1", "sha-3");

    assertThat(files.containing(List.of("sha-1", "sha-2", "sha-3")))
        .containsExactlyInAnyOrder("sha-1", "sha-2", "sha-3");
  }

  @Test
  void aRemovedKeyCanBeAddedAgain() {
    files.add("sha-1");

    assertThat(files.remove("sha-1")).isTrue();
    assertThat(files.contains("sha-1")).isFalse();
    assertThat(files.remove("sha-1")).isFalse();
    assertThat(files.add("sha-1")).isTrue();
  }

  @Test
  void removingAKeyLeavesTheSameKeyOfAnotherRepository() {
    files.add("same-key");
    messages.add("same-key");

    files.remove("same-key");

    assertThat(messages.contains("same-key")).isTrue();
  }

  @Test
  void clearForgetsEveryKeyOfTheRepositoryOnly() {
    files.add("sha-1");
    files.add("sha-2");
    messages.add("sha-1");

    files.clear();

    assertThat(files.contains("sha-1")).isFalse();
    assertThat(files.contains("sha-2")).isFalse();
    assertThat(messages.contains("sha-1")).isTrue();
    assertThat(files.add("sha-1")).isTrue();
  }

  @Test
  void confirmingAKeyAlwaysSucceeds() {
    assertThat(files.confirm("never-added")).isTrue();
  }

  @Test
  void concurrentAddsOfTheSameKeyGiveExactlyOneTrue() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 20; round++) {
        String key = "key-" + round;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          Callable<Boolean> add =
              () -> {
                start.await();
                return files.add(key);
              };
          results.add(pool.submit(add));
        }
        start.countDown();
        int added = 0;
        for (Future<Boolean> result : results) {
          if (result.get(30, TimeUnit.SECONDS)) {
            added++;
          }
        }
        assertThat(added).as("successful adds of %s", key).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aDatabaseFailureOtherThanADuplicateIsAnError() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("drop table int_idempotent_key");
    }

    assertThatThrownBy(() -> files.add("sha-1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("egov-orgsync-files")
        .hasCauseInstanceOf(SQLException.class);
    assertThatThrownBy(() -> files.contains("sha-1")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> files.remove("sha-1")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void integrityConstraintViolationsAreDuplicatesWhereverTheyAreInTheCauses() {
    assertThat(JdbcIdempotentRepository.isDuplicate(new SQLException("dup", "23505"))).isTrue();
    assertThat(
            JdbcIdempotentRepository.isDuplicate(
                new SQLException("wrapper", "XX000", new SQLException("dup", "23000"))))
        .isTrue();
    assertThat(JdbcIdempotentRepository.isDuplicate(new SQLException("no table", "42S02")))
        .isFalse();
    assertThat(JdbcIdempotentRepository.isDuplicate(new SQLException("no state"))).isFalse();
  }
}
