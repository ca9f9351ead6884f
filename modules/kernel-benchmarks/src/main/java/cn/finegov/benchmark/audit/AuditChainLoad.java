package cn.finegov.benchmark.audit;

import cn.finegov.kernel.application.audit.AuditChainJobs;
import cn.finegov.kernel.application.audit.AuditSealer;
import cn.finegov.kernel.application.module.KernelModule;
import cn.finegov.kernel.domain.model.audit.EntryContent;
import cn.finegov.kernel.domain.model.audit.HashAlgorithm;
import cn.finegov.kernel.domain.model.audit.VerificationOutcome;
import cn.finegov.kernel.infrastructure.migration.DatabaseDialect;
import cn.finegov.kernel.infrastructure.migration.SchemaMigrator;
import cn.finegov.kernel.infrastructure.persistence.AuditChainJdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Load harness of the audit chain on PostgreSQL: writers append audit entries as business
 * transactions do (the table, sequence and insert of the kernel; one commit per {@code --per-tx}
 * entries), while one sealer runs the kernel's sealing code ({@link AuditChainJdbc#sealNext}) the
 * way the server's job does (batches of {@value AuditSealer#BATCH}, a pause of {@value
 * AuditChainJobs#SEAL_INTERVAL_MILLIS} ms when caught up). It measures append+seal throughput until
 * every entry is sealed, then sealing alone on a backlog, then a full verification. The schema is
 * created from the kernel's own migrations (the PostgreSQL guard triggers included) in a schema of
 * its own, {@code audit_bench} by default, which is dropped at the end.
 *
 * <pre>
 * java -cp modules/kernel-benchmarks/target/benchmarks.jar cn.finegov.benchmark.audit.AuditChainLoad \
 *   [--url jdbc:postgresql://127.0.0.1:55432/governance_test] [--user governance] [--password governance] \
 *   [--schema audit_bench] [--entries 200000] [--writers 8] [--per-tx 1] [--algorithm SM3] [--keep]
 * </pre>
 */
public final class AuditChainLoad {

  private final Options options;
  private final PGSimpleDataSource dataSource;
  private final AuditChainJdbc chain = new AuditChainJdbc();

  private AuditChainLoad(Options options) {
    this.options = options;
    this.dataSource = new PGSimpleDataSource();
    dataSource.setURL(options.url());
    dataSource.setUser(options.user());
    dataSource.setPassword(options.password());
    dataSource.setCurrentSchema(options.schema());
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    AuditChainLoad load = new AuditChainLoad(options);
    load.prepareSchema();
    try {
      load.run();
    } finally {
      if (!options.keep()) {
        load.dropSchema();
      }
    }
  }

  private void run() throws Exception {
    System.out.printf(
        Locale.ROOT,
        "Audit chain load: %s, schema %s, %s, guard triggers %s%n"
            + "machine: %d cores, Java %s; %s, %d writers, %d entries per transaction,"
            + " sealer batch %d, pause %d ms%n",
        options.url(),
        options.schema(),
        databaseVersion(),
        guardInstalled() ? "on" : "OFF",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        options.algorithm().label(),
        options.writers(),
        options.perTx(),
        AuditSealer.BATCH,
        AuditChainJobs.SEAL_INTERVAL_MILLIS);

    warmUp();

    AppendResult appended = appendAndSeal(options.entries());
    System.out.printf(
        Locale.ROOT,
        "append+seal: %d entries in %.1f s -> %.0f entries/s (inserts alone: %.1f s, %.0f"
            + " entries/s; largest backlog %d; all sealed %d ms after the last insert)%n",
        appended.entries(),
        seconds(appended.sealed()),
        rate(appended.entries(), appended.sealed()),
        seconds(appended.inserted()),
        rate(appended.entries(), appended.inserted()),
        appended.maxBacklog(),
        appended.sealed().minus(appended.inserted()).toMillis());

    int backlog = Math.max(1, options.entries() / 2);
    long start = System.nanoTime();
    insertAll(backlog);
    Duration inserting = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf(
        Locale.ROOT,
        "inserts without a sealer (the ceiling of this database and client): %d in %.1f s ->"
            + " %.0f entries/s%n",
        backlog,
        seconds(inserting),
        rate(backlog, inserting));
    start = System.nanoTime();
    long sealed = sealUntilEmpty();
    Duration sealing = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf(
        Locale.ROOT,
        "seal only: backlog of %d in %.1f s -> %.0f entries/s%n",
        sealed,
        seconds(sealing),
        rate(sealed, sealing));

    start = System.nanoTime();
    VerificationOutcome outcome;
    try (Connection connection = connection()) {
      outcome = chain.verify(connection);
      connection.commit();
    }
    Duration verifying = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf(
        Locale.ROOT,
        "verify: %d entries in %.1f s -> %.0f entries/s, %s%n",
        outcome.checked(),
        seconds(verifying),
        rate(outcome.checked(), verifying),
        outcome.intact() ? "intact" : "BROKEN " + outcome.broken());
    if (!outcome.intact()) {
      throw new IllegalStateException("The benchmark's chain does not verify");
    }
  }

  /** A short run so that the JIT and the database caches are warm before measuring. */
  private void warmUp() throws Exception {
    appendAndSeal(Math.min(20_000, options.entries() / 5 + 1));
  }

  private record AppendResult(long entries, Duration inserted, Duration sealed, long maxBacklog) {}

  private AppendResult appendAndSeal(int entries) throws Exception {
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicLong maxBacklog = new AtomicLong();
    ExecutorService threads = Executors.newFixedThreadPool(options.writers() + 1);
    try {
      long start = System.nanoTime();
      Future<Long> sealer = threads.submit(() -> sealWhile(writing, maxBacklog));
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < options.writers(); w++) {
        int share = entries / options.writers() + (w < entries % options.writers() ? 1 : 0);
        writers.add(threads.submit(() -> insert(share)));
      }
      for (Future<?> writer : writers) {
        writer.get();
      }
      Duration inserted = Duration.ofNanos(System.nanoTime() - start);
      writing.set(false);
      sealer.get();
      Duration sealed = Duration.ofNanos(System.nanoTime() - start);
      return new AppendResult(entries, inserted, sealed, maxBacklog.get());
    } finally {
      threads.shutdownNow();
    }
  }

  /** The server's sealer loop: full batches back to back, a pause when caught up. */
  private long sealWhile(AtomicBoolean writing, AtomicLong maxBacklog) throws Exception {
    long sealed = 0;
    try (Connection connection = connection()) {
      while (true) {
        boolean lastRound = !writing.get();
        int batch;
        do {
          batch = chain.sealNext(connection, options.algorithm(), AuditSealer.BATCH, Instant.now());
          connection.commit();
          sealed += batch;
        } while (batch == AuditSealer.BATCH);
        long backlog = chain.unsealedCount(connection);
        connection.commit();
        maxBacklog.accumulateAndGet(backlog, Math::max);
        if (lastRound && backlog == 0) {
          return sealed;
        }
        if (writing.get()) {
          Thread.sleep(AuditChainJobs.SEAL_INTERVAL_MILLIS);
        }
      }
    }
  }

  private long sealUntilEmpty() throws SQLException {
    long sealed = 0;
    try (Connection connection = connection()) {
      int batch;
      do {
        batch = chain.sealNext(connection, options.algorithm(), AuditSealer.BATCH, Instant.now());
        connection.commit();
        sealed += batch;
      } while (batch > 0);
    }
    return sealed;
  }

  private void insertAll(int entries) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(options.writers());
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < options.writers(); w++) {
        int share = entries / options.writers() + (w < entries % options.writers() ? 1 : 0);
        writers.add(threads.submit(() -> insert(share)));
      }
      for (Future<?> writer : writers) {
        writer.get();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * One writer: ids from the kernel's sequence in blocks of 50 (as EclipseLink preallocates them),
   * the insert EclipseLink issues for a PendingAuditEntry, a commit every {@code --per-tx} entries.
   */
  private Void insert(int count) throws SQLException {
    try (Connection connection = connection();
        PreparedStatement nextBlock =
            connection.prepareStatement("select nextval('krn_audit_entry_seq')");
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into krn_audit_pending (id, action, actor, actor_name, actor_unit,"
                    + " actor_unit_path, after_values, before_values, client_address, entity_id,"
                    + " entity_type, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      long nextId = 0;
      long lastId = -1;
      for (int i = 1; i <= count; i++) {
        if (nextId > lastId) {
          try (ResultSet row = nextBlock.executeQuery()) {
            row.next();
            lastId = row.getLong(1);
            nextId = lastId - 49;
          }
        }
        long id = nextId++;
        EntryContent entry = sampleContent(id, Instant.now());
        insert.setLong(1, id);
        insert.setString(2, entry.action());
        insert.setString(3, entry.actor());
        insert.setString(4, entry.actorName());
        insert.setString(5, entry.actorUnit());
        insert.setString(6, entry.actorUnitPath());
        insert.setString(7, entry.afterValues());
        insert.setString(8, entry.beforeValues());
        insert.setString(9, entry.clientAddress());
        insert.setString(10, entry.entityId());
        insert.setString(11, entry.entityType());
        insert.setObject(12, entry.occurredAt().atOffset(ZoneOffset.UTC));
        if (options.perTx() == 1) {
          insert.executeUpdate();
          connection.commit();
        } else {
          insert.addBatch();
          if (i % options.perTx() == 0 || i == count) {
            insert.executeBatch();
            connection.commit();
          }
        }
      }
    }
    return null;
  }

  /** A typical entry: a unit renamed by a person of a district department (about 300 bytes). */
  static EntryContent sampleContent(long id, Instant at) {
    int user = (int) (id % 500);
    return new EntryContent(
        id,
        at,
        "user" + user,
        "测试用户" + user,
        "990102-CG",
        "/1/5/" + (20 + user % 30) + "/",
        "10.20." + (user % 250) + "." + (id % 250),
        "OrgUnit",
        Long.toString(10_000 + id % 5_000),
        "UPDATE",
        "{\"name\":\"滨江区城市管理局第" + (id % 97) + "中队\",\"sortOrder\":3,\"active\":true}",
        "{\"name\":\"滨江区城市管理局第" + (id % 97 + 1) + "中队\",\"sortOrder\":4,\"active\":true}");
  }

  private void prepareSchema() throws SQLException {
    dropSchema();
    SchemaMigrator.configure(
            KernelModule.class.getClassLoader(),
            dataSource,
            new KernelModule().schema().orElseThrow(),
            DatabaseDialect.POSTGRESQL)
        .schemas(options.schema())
        .defaultSchema(options.schema())
        .load()
        .migrate();
  }

  private void dropSchema() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists " + options.schema() + " cascade");
    }
  }

  private boolean guardInstalled() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select count(*) from pg_trigger t join pg_class c on c.oid = t.tgrelid"
                    + " join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = ? and t.tgname = 'krn_audit_entry_guard_trg'")) {
      query.setString(1, options.schema());
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getInt(1) == 1;
      }
    }
  }

  private String databaseVersion() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName()
          + " "
          + connection.getMetaData().getDatabaseProductVersion();
    }
  }

  private Connection connection() throws SQLException {
    Connection connection = dataSource.getConnection();
    connection.setAutoCommit(false);
    return connection;
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  private static double rate(long count, Duration duration) {
    return count / Math.max(1e-9, seconds(duration));
  }

  private record Options(
      String url,
      String user,
      String password,
      String schema,
      int entries,
      int writers,
      int perTx,
      HashAlgorithm algorithm,
      boolean keep) {

    static Options parse(String[] args) {
      String url = "jdbc:postgresql://127.0.0.1:55432/governance_test";
      String user = "governance";
      String password = "governance";
      String schema = "audit_bench";
      int entries = 200_000;
      int writers = 8;
      int perTx = 1;
      HashAlgorithm algorithm = HashAlgorithm.SM3;
      boolean keep = false;
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--url" -> url = args[++i];
          case "--user" -> user = args[++i];
          case "--password" -> password = args[++i];
          case "--schema" -> schema = args[++i];
          case "--entries" -> entries = Integer.parseInt(args[++i]);
          case "--writers" -> writers = Integer.parseInt(args[++i]);
          case "--per-tx" -> perTx = Integer.parseInt(args[++i]);
          case "--algorithm" ->
              algorithm =
                  HashAlgorithm.find(args[++i])
                      .orElseThrow(() -> new IllegalArgumentException("SM3 or SHA-256: " + value));
          case "--keep" -> keep = true;
          default -> throw new IllegalArgumentException("Unknown option " + args[i]);
        }
      }
      if (!schema.matches("[a-z_][a-z0-9_]*")) {
        throw new IllegalArgumentException("--schema must be a plain lower-case name");
      }
      return new Options(
          url,
          user,
          password,
          schema,
          entries,
          Math.max(1, writers),
          Math.max(1, perTx),
          algorithm,
          keep);
    }
  }
}
