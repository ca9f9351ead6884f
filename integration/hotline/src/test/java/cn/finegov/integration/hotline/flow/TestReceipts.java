package cn.finegov.integration.hotline.flow;

import cn.finegov.integration.runtime.api.Inbox;
import cn.finegov.integration.runtime.idempotent.IdempotentRepositories;
import cn.finegov.kernel.infrastructure.migration.DatabaseDialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The real {@link Receipts} over the runtime's JDBC idempotent repositories in an in-memory H2
 * database (the runtime's own migration applied) and a recording inbox. Without JTA the two steps
 * do not share a transaction here, so failures are injected before the real step runs: {@link
 * #failNext(int)} makes the next calls throw as an unavailable database would.
 */
final class TestReceipts extends Receipts {

  private static final String MIGRATION =
      "db/migration/integration/V1__dead_letters_idempotence.sql";

  final RecordingInbox inbox = new RecordingInbox();
  final AtomicInteger calls = new AtomicInteger();
  private final AtomicInteger failures = new AtomicInteger();
  private final JdbcDataSource database = new JdbcDataSource();

  TestReceipts() {
    database.setURL("jdbc:h2:mem:receipts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    migrate();
    IdempotentRepositories repositories = new IdempotentRepositories();
    Fields.inject(repositories, IdempotentRepositories.class, "dataSource", database);
    Fields.inject(repositories, IdempotentRepositories.class, "clock", Clock.systemUTC());
    Fields.inject(this, Receipts.class, "repositories", repositories);
    Fields.inject(this, Receipts.class, "inbox", (Inbox) inbox);
  }

  /** The next {@code count} calls fail with an IllegalStateException. */
  void failNext(int count) {
    failures.set(count);
  }

  @Override
  public IntakeResult queueOnce(String flow, String key, String body, Map<String, String> headers) {
    calls.incrementAndGet();
    if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new IllegalStateException("database unavailable");
    }
    return super.queueOnce(flow, key, body, headers);
  }

  @Override
  public List<IntakeResult> queueAllOnce(
      String flow, List<Inbox.Item> items, Map<String, String> headers) {
    calls.incrementAndGet();
    if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new IllegalStateException("database unavailable");
    }
    return super.queueAllOnce(flow, items, headers);
  }

  void close() {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("shutdown");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void migrate() {
    String script;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(MIGRATION)) {
      if (in == null) {
        throw new IllegalStateException(MIGRATION + " is not on the class path");
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Map.Entry<String, String> placeholder : DatabaseDialect.H2.placeholders().entrySet()) {
      script = script.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
    }
    String statements =
        script
            .lines()
            .filter(line -> !line.strip().startsWith("--"))
            .collect(Collectors.joining("\n"));
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements.split(";")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
