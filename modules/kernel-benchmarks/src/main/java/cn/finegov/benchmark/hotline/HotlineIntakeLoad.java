package cn.finegov.benchmark.hotline;

import cn.finegov.benchmark.support.BenchArgs;
import cn.finegov.benchmark.support.Clients;
import cn.finegov.benchmark.support.Latencies;
import cn.finegov.simulators.hotline.Delivery;
import cn.finegov.simulators.hotline.HotlineSettings;
import cn.finegov.simulators.hotline.HotlineSimulator;
import cn.finegov.simulators.hotline.Ticket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load harness of the 12345 hotline intake against a deployed suite on PostgreSQL ({@code
 * config/scripts/bench-hotline.sh}). The hotline simulator generates, signs and pushes the tickets
 * ({@link CaseTickets}: categories mapped to CASE, with coordinates, a share outside the demo
 * grids); {@link CaseWatcher} sees their cases committed. Phases, each printing tickets/s and
 * latency percentiles:
 *
 * <ol>
 *   <li>push intake: {@code --clients} clients push single tickets, then batches of {@code
 *       --batch}, for {@code --intake-seconds} each: acknowledged tickets/s and the latency of a
 *       push (202 = remembered and queued, committed); the handler keeps making cases meanwhile,
 *       and its rate alone is measured while it drains the backlog afterwards;
 *   <li>end to end: push → committed case, first saturated (batches, as fast as the clients can,
 *       for {@code --e2e-seconds}: the sustained rate of committed cases), then paced singles at
 *       {@code --e2e-rate} tickets/s (0: {@code --e2e-share} of the saturated rate, half by
 *       default) with the per-ticket latency from the push to the commit of its case, then paced
 *       batches of {@code --batch} at {@code --e2e-batch-rate} tickets/s (0: 90 % of the saturated
 *       rate; negative: skipped), the same latency at a rate near the saturated one; at the end
 *       every acknowledged ticket of the run must have exactly one ticket row and one case;
 *   <li>COPY: the same tickets (every one acknowledged in this run), flattened, into a scratch
 *       table with PostgreSQL's {@code COPY FROM STDIN}: rows/s, {@code --copy-rounds} times.
 * </ol>
 *
 * <pre>
 * java -cp modules/kernel-benchmarks/target/benchmarks.jar cn.finegov.benchmark.hotline.HotlineIntakeLoad \
 *   [--server http://127.0.0.1:19080] [--secret S] [--hotline-port 19345] [--clients 8] [--batch 100] \
 *   [--intake-seconds 20] [--e2e-seconds 60] [--e2e-rate 0] [--outside 0.1] \
 *   [--jdbc-url jdbc:postgresql://127.0.0.1:55432/governance_bench --jdbc-user governance --jdbc-password governance]
 * </pre>
 */
public final class HotlineIntakeLoad {

  private final BenchArgs options;
  private final int clients;
  private final int batch;
  private final int stallSeconds;
  private final ConcurrentLinkedQueue<Ticket> acknowledged = new ConcurrentLinkedQueue<>();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong notAcknowledged = new AtomicLong();
  private HotlineSimulator simulator;
  private CaseTickets tickets;
  private CaseWatcher watcher;
  private final CpuMeter cpu;

  private HotlineIntakeLoad(BenchArgs options) {
    this.options = options;
    this.clients = options.integer("clients");
    this.batch = Math.min(options.integer("batch"), HotlineSimulator.MAX_BATCH);
    this.stallSeconds = options.integer("stall-seconds");
    this.cpu = new CpuMeter(Long.parseLong(options.text("server-pid")));
  }

  public static void main(String[] args) throws Exception {
    BenchArgs options =
        BenchArgs.parse(
            args,
            Map.ofEntries(
                Map.entry("server", "http://127.0.0.1:19080"),
                Map.entry("secret", "bench-hotline-secret"),
                Map.entry("hotline-port", "19345"),
                Map.entry("clients", "8"),
                Map.entry("batch", "100"),
                Map.entry("warm-up", "400"),
                Map.entry("intake-seconds", "20"),
                Map.entry("e2e-seconds", "60"),
                Map.entry("e2e-rate", "0"),
                Map.entry("e2e-share", "0.5"),
                Map.entry("e2e-batch-rate", "0"),
                Map.entry("outside", "0.1"),
                Map.entry("poll-millis", "50"),
                Map.entry("window", "500"),
                Map.entry("stall-seconds", "120"),
                Map.entry("copy-rounds", "3"),
                Map.entry("seed", "42"),
                Map.entry("server-pid", "0"),
                Map.entry("jdbc-url", "jdbc:postgresql://127.0.0.1:55432/governance_bench"),
                Map.entry("jdbc-user", "governance"),
                Map.entry("jdbc-password", "governance")),
            Set.of());
    int status = 1;
    try {
      status = new HotlineIntakeLoad(options).run() ? 0 : 1;
    } finally {
      System.exit(status);
    }
  }

  /** Runs every phase; {@code false} when a ticket was lost or doubled. */
  private boolean run() throws Exception {
    String suite = options.text("server") + "/governance";
    System.out.printf(
        Locale.ROOT,
        "Hotline intake load: %s, %d clients, batches of %d, intake %d s, end to end %d s,"
            + " %.0f %% outside the grids; harness on %d cores, Java %s%n",
        suite,
        clients,
        batch,
        options.integer("intake-seconds"),
        options.integer("e2e-seconds"),
        options.decimal("outside") * 100,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    try (Connection jdbc = jdbc();
        Connection watching = jdbc()) {
      Set<String> caseCategories = caseCategories(jdbc);
      System.out.printf(
          Locale.ROOT,
          "before: grd_case %,d rows (%,d from the hotline), hln_ticket %,d rows; CASE categories %s%n",
          count(jdbc, "select count(*) from grd_case"),
          count(jdbc, "select count(*) from grd_case where source = 'HOTLINE'"),
          count(jdbc, "select count(*) from hln_ticket"),
          caseCategories);
      simulator =
          HotlineSimulator.start(
              HotlineSettings.builder()
                  .port(options.integer("hotline-port"))
                  .secret(options.text("secret"))
                  .suiteUrl(suite)
                  .returnVisitDelay(Duration.ZERO)
                  .acceptUnknownTickets(true)
                  .seed(Long.parseLong(options.text("seed")))
                  .retry(8, Duration.ofMillis(250), Duration.ofSeconds(5))
                  .requestTimeout(Duration.ofSeconds(120))
                  .build());
      tickets =
          new CaseTickets(
              simulator::newTicket,
              caseCategories,
              options.decimal("outside"),
              Long.parseLong(options.text("seed")));
      watcher =
          new CaseWatcher(watching, options.integer("window"), options.integer("poll-millis"));
      try {
        warmUp();
        double singles = intakePhase(1);
        double batches = intakePhase(batch);
        double saturated = saturatedPhase();
        double rate =
            options.decimal("e2e-rate") > 0
                ? options.decimal("e2e-rate")
                : Math.max(1, Math.floor(saturated * options.decimal("e2e-share")));
        Latencies paced = pacedPhase(rate, 1);
        double batchRate =
            options.decimal("e2e-batch-rate") != 0
                ? options.decimal("e2e-batch-rate")
                : Math.max(1, Math.floor(saturated * 0.9));
        Latencies pacedBatches = batchRate > 0 ? pacedPhase(batchRate, batch) : null;
        boolean complete = countCheck(jdbc);
        double copy = copyPhase(jdbc);
        System.out.println();
        System.out.printf(
            Locale.ROOT,
            "Summary: push → committed case %.1f tickets/s sustained (saturated); at %.0f tickets/s"
                + " p50 %.0f ms, p95 %.0f ms, p99 %.0f ms%s; push intake alone %.1f tickets/s singly,"
                + " %.1f tickets/s in batches of %d; COPY of the same %,d rows %,.0f rows/s;"
                + " target >= 1,000 tickets/s %s; tickets lost or doubled: %s%n",
            saturated,
            rate,
            paced.percentileMillis(50),
            paced.percentileMillis(95),
            paced.percentileMillis(99),
            pacedBatches == null
                ? ""
                : String.format(
                    Locale.ROOT,
                    "; at %.0f tickets/s in batches of %d p50 %.0f ms, p95 %.0f ms, p99 %.0f ms",
                    batchRate,
                    batch,
                    pacedBatches.percentileMillis(50),
                    pacedBatches.percentileMillis(95),
                    pacedBatches.percentileMillis(99)),
            singles,
            batches,
            batch,
            acknowledged.size(),
            copy,
            saturated >= 1000 ? "met" : "NOT met",
            complete ? "none" : "YES");
        return complete;
      } finally {
        watcher.close();
        simulator.close();
      }
    }
  }

  // --- phases ----------------------------------------------------------------------------------

  private void warmUp() throws Exception {
    int count = options.integer("warm-up");
    Latencies ignored = new Latencies("warm-up");
    AtomicLong left = new AtomicLong(count);
    AtomicLong pushed = new AtomicLong();
    Clients.run(
        Math.min(clients, 4),
        System.nanoTime() + 120_000_000_000L,
        () -> {
          long remaining = left.getAndAdd(-10);
          if (remaining <= 0) {
            throw new Clients.Stop();
          }
          if (remaining % 20 == 0) {
            pushed.addAndGet(pushBatch(10, ignored, null));
          } else {
            for (int i = 0; i < 10; i++) {
              pushed.addAndGet(pushSingle(ignored, null));
            }
          }
        });
    boolean all = watcher.awaitAll(stallSeconds);
    System.out.printf(
        Locale.ROOT,
        "%nwarm-up: %d tickets acknowledged, %s (not counted) %s%n",
        pushed.get(),
        all ? "all cases committed" : "NOT all cases committed",
        loadAverage());
  }

  /** Push intake with the handler running; returns acknowledged tickets/s. */
  private double intakePhase(int size) throws Exception {
    int seconds = options.integer("intake-seconds");
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "%s. Push intake, %s: %d clients for %d s (acknowledged = remembered and queued, committed)%n",
        size == 1 ? "1a" : "1b",
        size == 1 ? "single tickets" : "batches of " + size,
        clients,
        seconds);
    System.out.println(Latencies.header() + "   started " + LocalTime.now().withNano(0));
    Latencies pushes = pushLatencies(size);
    AtomicLong tickets = new AtomicLong();
    long committed = watcher.committed();
    CpuMeter.Sample used = cpu.sample();
    long start = System.nanoTime();
    Clients.run(
        clients,
        start + seconds * 1_000_000_000L,
        () ->
            tickets.addAndGet(
                size == 1 ? pushSingle(pushes, null) : pushBatch(size, pushes, null)));
    double elapsed = (System.nanoTime() - start) / 1e9;
    long casesWhile = watcher.committed() - committed;
    CpuMeter.Usage usage = cpu.since(used);
    System.out.println(pushes.line(elapsed));
    double rate = tickets.get() / elapsed;
    System.out.printf(
        Locale.ROOT,
        "  acknowledged tickets: %,d = %.1f tickets/s; cases committed meanwhile: %,d = %.1f/s;"
            + " backlog at the end: %,d %s%n",
        tickets.get(),
        rate,
        casesWhile,
        casesWhile / elapsed,
        watcher.waiting(),
        loadAverage());
    System.out.println("  " + usage.describe());
    drain();
    return rate;
  }

  /** Batches as fast as the clients go; returns committed cases/s during the pushing. */
  private double saturatedPhase() throws Exception {
    int seconds = options.integer("e2e-seconds");
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "2a. End to end, saturated: %d clients push batches of %d for %d s; push → committed case%n",
        clients,
        batch,
        seconds);
    System.out.println(Latencies.header() + "   started " + LocalTime.now().withNano(0));
    Latencies pushes = pushLatencies(batch);
    Latencies cases = new Latencies("push → committed case (incl. backlog)");
    AtomicLong tickets = new AtomicLong();
    long committed = watcher.committed();
    CpuMeter.Sample used = cpu.sample();
    long start = System.nanoTime();
    Clients.run(
        clients,
        start + seconds * 1_000_000_000L,
        () -> tickets.addAndGet(pushBatch(batch, pushes, cases)));
    double elapsed = (System.nanoTime() - start) / 1e9;
    long casesWhile = watcher.committed() - committed;
    int backlog = watcher.waiting();
    String load = loadAverage();
    CpuMeter.Usage usage = cpu.since(used);
    boolean all = watcher.awaitAll(stallSeconds);
    System.out.println(pushes.line(elapsed));
    System.out.println(cases.line(0));
    double sustained = casesWhile / elapsed;
    System.out.printf(
        Locale.ROOT,
        "  acknowledged %,d = %.1f tickets/s; committed cases while pushing %,d = %.1f cases/s"
            + " (sustained); backlog at the end %,d %s%s%n",
        tickets.get(),
        tickets.get() / elapsed,
        casesWhile,
        sustained,
        backlog,
        load,
        all ? "" : "; STALLED with " + watcher.waiting() + " tickets without a case");
    System.out.println("  " + usage.describe());
    return sustained;
  }

  /**
   * Pushes of {@code size} tickets (1: single tickets) at {@code rate} tickets per second; returns
   * the push → case latencies.
   */
  private Latencies pacedPhase(double rate, int size) throws Exception {
    int seconds = options.integer("e2e-seconds");
    String option = size == 1 ? "e2e-rate" : "e2e-batch-rate";
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "%s. End to end, paced: %s at %.0f tickets/s (%s) by up to %d clients for %d s%n",
        size == 1 ? "2b" : "2c",
        size == 1 ? "single tickets" : "batches of " + size,
        rate,
        options.decimal(option) > 0
            ? "--" + option
            : size == 1
                ? String.format(
                    Locale.ROOT,
                    "%.0f %% of the saturated rate",
                    options.decimal("e2e-share") * 100)
                : "90 % of the saturated rate",
        clients,
        seconds);
    System.out.println(Latencies.header() + "   started " + LocalTime.now().withNano(0));
    Latencies pushes = pushLatencies(size);
    Latencies cases = new Latencies("push → committed case");
    long interval = (long) (1e9 * size / rate);
    long start = System.nanoTime();
    long deadline = start + seconds * 1_000_000_000L;
    AtomicLong next = new AtomicLong(start);
    AtomicLong tickets = new AtomicLong();
    long committed = watcher.committed();
    CpuMeter.Sample used = cpu.sample();
    Clients.run(
        clients,
        deadline,
        () -> {
          long slot = next.getAndAdd(interval);
          if (slot >= deadline) {
            throw new Clients.Stop();
          }
          long wait = slot - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          }
          tickets.addAndGet(size == 1 ? pushSingle(pushes, cases) : pushBatch(size, pushes, cases));
        });
    double elapsed = (System.nanoTime() - start) / 1e9;
    long casesWhile = watcher.committed() - committed;
    String load = loadAverage();
    CpuMeter.Usage usage = cpu.since(used);
    boolean all = watcher.awaitAll(stallSeconds);
    System.out.println(pushes.line(elapsed));
    System.out.println(cases.line(0));
    System.out.printf(
        Locale.ROOT,
        "  acknowledged %,d = %.1f tickets/s; committed cases while pushing %,d = %.1f cases/s;"
            + " still waiting at the end %,d %s%s%n",
        tickets.get(),
        tickets.get() / elapsed,
        casesWhile,
        casesWhile / elapsed,
        watcher.waiting(),
        load,
        all ? "" : "; STALLED: some tickets got no case");
    System.out.println("  " + usage.describe());
    // In this steady state every ticket is taken in and becomes a case: its whole cost.
    System.out.println("  " + usage.perItem(casesWhile, "ticket (push and case)"));
    System.out.println(
        "  (" + watcher.polls().line(0).strip() + "; latencies are seen by polling)");
    return cases;
  }

  /** Every acknowledged ticket of this run: exactly one ticket row and one case. */
  private boolean countCheck(Connection jdbc) throws SQLException, IOException {
    System.out.println();
    System.out.println("3. Count check: every ticket acknowledged in this run");
    List<Ticket> all = new ArrayList<>(acknowledged);
    Set<String> numbers = new HashSet<>();
    all.forEach(t -> numbers.add(t.gdbh()));
    StringBuilder data = new StringBuilder();
    numbers.forEach(n -> data.append(n).append('\n'));
    try (Statement statement = jdbc.createStatement()) {
      statement.execute("create temporary table bench_acknowledged (gdbh varchar(40) primary key)");
    }
    CopyRows.copy(
        jdbc,
        "copy bench_acknowledged from stdin",
        data.toString().getBytes(StandardCharsets.UTF_8));
    long rows =
        count(
            jdbc,
            "select count(*) from bench_acknowledged a join hln_ticket t on t.ticket_no = a.gdbh");
    long withCase =
        count(
            jdbc,
            "select count(*) from bench_acknowledged a join hln_ticket t on t.ticket_no = a.gdbh"
                + " where t.case_number is not null");
    long cases =
        count(
            jdbc,
            "select count(*) from grd_case c join bench_acknowledged a on a.gdbh = c.client_id"
                + " where c.source = 'HOTLINE'");
    long distinct =
        count(
            jdbc,
            "select count(distinct c.client_id) from grd_case c join bench_acknowledged a"
                + " on a.gdbh = c.client_id where c.source = 'HOTLINE'");
    long outside = all.stream().filter(t -> !CaseTickets.insideGrids(t.jd(), t.wd())).count();
    try (Statement statement = jdbc.createStatement()) {
      statement.execute("drop table bench_acknowledged");
    }
    boolean complete =
        numbers.size() == all.size()
            && rows == numbers.size()
            && withCase == numbers.size()
            && cases == numbers.size()
            && distinct == numbers.size();
    System.out.printf(
        Locale.ROOT,
        "  acknowledged %,d (%,d outside the grids; pushes retried %,d times; not acknowledged"
            + " %,d); ticket rows %,d, with a case %,d; HOTLINE cases %,d for %,d tickets: %s%n",
        numbers.size(),
        outside,
        retries.get(),
        notAcknowledged.get(),
        rows,
        withCase,
        cases,
        distinct,
        complete ? "none lost, none doubled" : "MISMATCH");
    return complete;
  }

  /** COPY of the acknowledged tickets; returns the best rows/s. */
  private double copyPhase(Connection jdbc) throws SQLException, IOException {
    List<Ticket> rows = new ArrayList<>(acknowledged);
    byte[] data = CopyRows.data(rows);
    int rounds = options.integer("copy-rounds");
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "4. COPY: the same %,d tickets flattened (16 columns, %,d bytes) into %s (primary key on"
            + " gdbh), %d rounds%n",
        rows.size(),
        data.length,
        CopyRows.TABLE,
        rounds);
    double best = 0;
    CopyRows.create(jdbc);
    try {
      for (int round = 1; round <= rounds; round++) {
        CopyRows.truncate(jdbc);
        long start = System.nanoTime();
        long copied = CopyRows.copy(jdbc, "copy " + CopyRows.TABLE + " from stdin", data);
        double seconds = (System.nanoTime() - start) / 1e9;
        best = Math.max(best, copied / seconds);
        System.out.printf(
            Locale.ROOT,
            "  round %d: %,d rows in %.3f s = %,.0f rows/s%n",
            round,
            copied,
            seconds,
            copied / seconds);
      }
    } finally {
      CopyRows.drop(jdbc);
    }
    return best;
  }

  // --- building blocks -------------------------------------------------------------------------

  private Latencies pushLatencies(int size) {
    return new Latencies(
        size == 1 ? "POST one ticket (202 ACCEPTED)" : "POST batch of " + size + " (all ACCEPTED)");
  }

  /** Pushes one new ticket; returns 1 when the suite acknowledged it. */
  private int pushSingle(Latencies pushes, Latencies cases) {
    Ticket ticket = tickets.next();
    long start = System.nanoTime();
    Delivery answer = simulator.push(ticket);
    pushes.record(start, System.nanoTime(), answer.status(), answer.outcome().acknowledged());
    return taken(ticket, answer, start, cases) ? 1 : 0;
  }

  /** Pushes a batch of new tickets; returns how many the suite acknowledged. */
  private int pushBatch(int size, Latencies pushes, Latencies cases) {
    List<Ticket> batchTickets = tickets.next(size);
    long start = System.nanoTime();
    List<Delivery> answers = simulator.pushBatch(batchTickets);
    long end = System.nanoTime();
    int taken = 0;
    int status = 200;
    for (int i = 0; i < batchTickets.size(); i++) {
      if (taken(batchTickets.get(i), answers.get(i), start, cases)) {
        taken++;
      } else {
        status = answers.get(i).status();
      }
    }
    pushes.record(start, end, status, taken == size);
    return taken;
  }

  private boolean taken(Ticket ticket, Delivery answer, long pushedAt, Latencies cases) {
    retries.addAndGet(Math.max(0, answer.attempts() - 1));
    if (!answer.outcome().acknowledged()) {
      if (notAcknowledged.incrementAndGet() <= 3) {
        System.out.println(
            "  (not acknowledged: "
                + ticket.gdbh()
                + " "
                + answer.outcome()
                + " "
                + answer.status()
                + " "
                + answer.reason()
                + ")");
      }
      return false;
    }
    acknowledged.add(ticket);
    watcher.expect(ticket.gdbh(), pushedAt, cases);
    return true;
  }

  /** Waits for the backlog and prints the handler's rate alone. */
  private void drain() throws InterruptedException {
    int backlog = watcher.waiting();
    if (backlog == 0) {
      return;
    }
    long committed = watcher.committed();
    CpuMeter.Sample used = cpu.sample();
    long start = System.nanoTime();
    boolean all = watcher.awaitAll(stallSeconds);
    double seconds = Math.max(1e-3, (watcher.lastCommit() - start) / 1e9);
    long made = watcher.committed() - committed;
    System.out.printf(
        Locale.ROOT,
        "  then the handler alone drains the backlog: %,d cases in %.1f s = %.1f cases/s%s%n",
        made,
        seconds,
        made / seconds,
        all ? "" : " (STALLED: " + watcher.waiting() + " tickets without a case)");
    CpuMeter.Usage usage = cpu.since(used);
    System.out.println("  " + usage.describe() + "; " + usage.perItem(made, "case"));
  }

  private Set<String> caseCategories(Connection jdbc) throws SQLException {
    Set<String> codes = new HashSet<>();
    try (Statement statement = jdbc.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select code from hln_category_mapping where disposition = 'CASE' and active")) {
      while (rows.next()) {
        codes.add(rows.getString(1));
      }
    }
    return new TreeSet<>(codes);
  }

  private Connection jdbc() throws SQLException {
    return DriverManager.getConnection(
        options.text("jdbc-url"), options.text("jdbc-user"), options.text("jdbc-password"));
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  /** The machine's load average over the last minute, as a note on a phase's figures. */
  private static String loadAverage() {
    try {
      return "(load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + ")";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
