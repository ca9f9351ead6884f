package cn.finegov.benchmark.grid;

import cn.finegov.benchmark.support.BenchArgs;
import cn.finegov.benchmark.support.Clients;
import cn.finegov.benchmark.support.Latencies;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load harness of the grid cases against a deployed suite (REST API, Java's HttpClient, no external
 * tool), after {@link GridCasePreload}. Phases, each printing throughput and latency percentiles:
 *
 * <ol>
 *   <li>authentication: the same small inbox call with HTTP Basic and with an API key (Basic runs
 *       PBKDF2 on every request, nothing is cached, so the load uses API keys unless {@code --auth
 *       basic});
 *   <li>reports: {@code --clients} clients post reports for {@code --seconds}, each with a fresh
 *       client id, one of {@code --categories}, at a random place of the preloaded square (so the
 *       duplicate check of every report searches real neighbours);
 *   <li>transitions: the same clients take the cases just reported through FILE (clerk), DISPATCH
 *       (dispatcher, to {@code --unit}), SIGN, START, REPORT_BACK (handler), START_VERIFICATION and
 *       CLOSE (clerk), each step measured, for {@code --transition-seconds};
 *   <li>inboxes: the first page (20) of each role's tasks and of filtered searches, one caller at a
 *       time ({@code --inbox-rounds} each), then all of them by {@code --clients} clients at once;
 *   <li>duplicate check: reports at one spot where earlier reports of the same category pile up
 *       against reports at random places, one caller at a time; with {@code --jdbc-url} also the
 *       duplicate query alone (the SQL the repository's query becomes) at random places and its
 *       plan, and the plans of the handler's inbox.
 * </ol>
 *
 * <p>The API keys stand for the demo users: reporter = gridworker's community 990102001001, clerk
 * and dispatcher = the city 990100 (the demo clerk's and dispatcher's reach), handler = 990102-CG;
 * each key carries the permissions of the user's role. They are issued by secadmin at the start of
 * every run.
 *
 * <pre>
 * java -cp modules/kernel-benchmarks/target/benchmarks.jar cn.finegov.benchmark.grid.GridCaseLoad \
 *   [--server http://127.0.0.1:19080] [--clients 16] [--seconds 60] [--transition-seconds 60] \
 *   [--inbox-rounds 30] [--auth apikey|basic] [--jdbc-url jdbc:postgresql://127.0.0.1:55432/governance_bench]
 * </pre>
 */
public final class GridCaseLoad {

  private static final Pattern NUMBER =
      Pattern.compile("\"number\"\\s*:\\s*\"([0-9]{6}-[0-9]{4}-[0-9]{6,9})\"");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*([0-9]+)");
  private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"(fgk_[^\"]+)\"");
  private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*([0-9]+)");

  private final BenchArgs options;
  private final String api;
  private final HttpClient http;
  private final List<String> categories;
  private final Map<String, String> auth = new LinkedHashMap<>();

  private GridCaseLoad(BenchArgs options) {
    this.options = options;
    this.api = options.text("server") + "/governance/api/v1";
    this.categories = List.of(options.text("categories").split(","));
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(4))
            .build();
  }

  public static void main(String[] args) throws Exception {
    BenchArgs options =
        BenchArgs.parse(
            args,
            Map.ofEntries(
                Map.entry("server", "http://127.0.0.1:19080"),
                Map.entry("clients", "16"),
                Map.entry("seconds", "60"),
                Map.entry("transition-seconds", "60"),
                Map.entry("inbox-rounds", "20"),
                Map.entry("inbox-seconds", "20"),
                Map.entry("auth", "apikey"),
                Map.entry("password", "Demo@2026"),
                Map.entry("categories", "C0109,C0110,C0301,E0101,E0201,E0401"),
                Map.entry("unit", "990102-CG"),
                Map.entry("hotspot-reports", "200"),
                Map.entry("jdbc-url", ""),
                Map.entry("jdbc-user", "governance"),
                Map.entry("jdbc-password", "governance")),
            Set.of());
    GridCaseLoad load = new GridCaseLoad(options);
    try {
      load.run();
    } finally {
      System.exit(0);
    }
  }

  private void run() throws Exception {
    int clients = options.integer("clients");
    System.out.printf(
        Locale.ROOT,
        "Grid case load: %s, %d clients, reports %d s, transitions %d s, auth %s; harness on %d"
            + " cores, Java %s%n",
        api,
        clients,
        options.integer("seconds"),
        options.integer("transition-seconds"),
        options.text("auth"),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    if (options.text("jdbc-url").isBlank()) {
      System.out.println("(no --jdbc-url: total cases not shown, no JDBC duplicate query timing)");
    } else {
      System.out.printf(
          Locale.ROOT, "cases in grd_case: %,d%n", count("select count(*) from grd_case"));
    }
    prepareCallers();
    authenticationPhase();
    warmUp();
    ConcurrentLinkedQueue<String> reported = new ConcurrentLinkedQueue<>();
    reportPhase(clients, options.integer("seconds"), reported);
    transitionPhase(clients, options.integer("transition-seconds"), reported);
    inboxPhase(clients);
    duplicatePhase();
    if (!options.text("jdbc-url").isBlank()) {
      jdbcPhase();
    }
  }

  // --- callers ---------------------------------------------------------------------------------

  private String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (user + ":" + options.text("password")).getBytes(StandardCharsets.UTF_8));
  }

  private void prepareCallers() {
    boolean keys = "apikey".equals(options.text("auth"));
    String stamp = Instant.now().toString();
    caller("reporter", "gridworker", keys, "990102001001", stamp, "grid.case.report");
    caller(
        "clerk",
        "clerk",
        keys,
        "990100",
        stamp,
        "grid.case.report",
        "grid.case.accept",
        "grid.case.verify");
    caller("dispatcher", "dispatcher", keys, "990100", stamp, "grid.case.dispatch");
    caller("handler", "handler", keys, options.text("unit"), stamp, "grid.case.handle");
  }

  private void caller(
      String role, String user, boolean key, String unit, String stamp, String... permissions) {
    if (!key) {
      auth.put(role, basic(user));
      return;
    }
    Reply unitReply = call(basic("sysadmin"), "GET", "/org/units/by-code/" + unit, null);
    long unitId = Long.parseLong(first(ID, unitReply, "unit " + unit));
    StringBuilder granted = new StringBuilder("\"grid.case.read\"");
    for (String permission : permissions) {
      granted.append(",\"").append(permission).append('"');
    }
    String body =
        "{\"systemName\":\"压测 "
            + role
            + "\",\"description\":\"grid benchmark "
            + stamp
            + " as "
            + user
            + "\",\"unitId\":"
            + unitId
            + ",\"permissions\":["
            + granted
            + "]}";
    Reply issued = call(basic("secadmin"), "POST", "/api-keys", body);
    if (issued.status != 201) {
      throw new IllegalStateException("API key for " + role + ": " + issued);
    }
    auth.put(role, "ApiKey " + first(SECRET, issued, "secret"));
  }

  // --- phases ----------------------------------------------------------------------------------

  private void authenticationPhase() {
    System.out.println();
    System.out.println(
        "1. Authentication: GET /grid/cases?state=SIGNED&max=1 as the handler, one at a time");
    System.out.println(Latencies.header());
    for (String scheme : List.of("basic", "apikey")) {
      String header = "basic".equals(scheme) ? basic("handler") : auth.get("handler");
      if (header.startsWith("Basic") && !"basic".equals(scheme)) {
        continue;
      }
      Latencies latencies = new Latencies("search with " + scheme);
      for (int i = 0; i < 60; i++) {
        long start = System.nanoTime();
        Reply reply = call(header, "GET", "/grid/cases?state=SIGNED&max=1", null);
        if (i >= 10) {
          latencies.record(start, System.nanoTime(), reply.status, reply.status == 200);
        }
      }
      System.out.println(latencies.line(0));
    }
  }

  private void warmUp() throws Exception {
    ConcurrentLinkedQueue<String> ignored = new ConcurrentLinkedQueue<>();
    Latencies reports = new Latencies("warm-up reports");
    Latencies steps = new Latencies("warm-up steps");
    Clients.runFor(4, 10, () -> report(reports, ignored, randomPlace()));
    Clients.runFor(
        4,
        10,
        () -> {
          String number = ignored.poll();
          if (number != null) {
            walk(number, steps, null);
          }
        });
    for (Query query : inboxQueries()) {
      for (int i = 0; i < 5; i++) {
        call(auth.get(query.role), "GET", query.path, null);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%nwarm-up: %d reports, %d steps (not counted)%n",
        reports.count(),
        steps.count());
  }

  private void reportPhase(int clients, int seconds, ConcurrentLinkedQueue<String> reported)
      throws Exception {
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "2. Reports: %d clients for %d s, POST /grid/cases (random place in the square, %d"
            + " categories)%n",
        clients,
        seconds,
        categories.size());
    System.out.println(Latencies.header());
    Latencies reports = new Latencies("POST /grid/cases (201)");
    long start = System.nanoTime();
    Clients.runFor(clients, seconds, () -> report(reports, reported, randomPlace()));
    System.out.println(reports.line((System.nanoTime() - start) / 1e9));
  }

  private void transitionPhase(int clients, int seconds, ConcurrentLinkedQueue<String> reported)
      throws Exception {
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "3. Transitions: %d clients for at most %d s take the reported cases (%d) through"
            + " FILE, DISPATCH, SIGN, START, REPORT_BACK, START_VERIFICATION, CLOSE%n",
        clients,
        seconds,
        reported.size());
    System.out.println(Latencies.header());
    Map<String, Latencies> byStep = new LinkedHashMap<>();
    for (String step : STEPS) {
      byStep.put(step, new Latencies("POST .../actions " + step.split(":")[1]));
    }
    Latencies all = new Latencies("all steps");
    long start = System.nanoTime();
    Clients.runFor(
        clients,
        seconds,
        () -> {
          String number = reported.poll();
          if (number == null) {
            throw new Clients.Stop();
          }
          walk(number, all, byStep);
        });
    double elapsed = (System.nanoTime() - start) / 1e9;
    for (Latencies latencies : byStep.values()) {
      System.out.println(latencies.line(elapsed));
    }
    System.out.println(all.line(elapsed));
  }

  private static final List<String> STEPS =
      List.of(
          "clerk:FILE",
          "dispatcher:DISPATCH",
          "handler:SIGN",
          "handler:START",
          "handler:REPORT_BACK",
          "clerk:START_VERIFICATION",
          "clerk:CLOSE");

  private void walk(String number, Latencies all, Map<String, Latencies> byStep) {
    for (String step : STEPS) {
      String[] parts = step.split(":");
      String body =
          "DISPATCH".equals(parts[1])
              ? "{\"action\":\"DISPATCH\",\"unitCode\":\"" + options.text("unit") + "\"}"
              : "{\"action\":\"" + parts[1] + "\"}";
      long start = System.nanoTime();
      Reply reply = call(auth.get(parts[0]), "POST", "/grid/cases/" + number + "/actions", body);
      long end = System.nanoTime();
      boolean ok = reply.status == 200;
      all.record(start, end, reply.status, ok);
      if (byStep != null) {
        byStep.get(step).record(start, end, reply.status, ok);
      }
      if (!ok) {
        if (byStep != null && all.count() < 3) {
          System.out.println("  (" + step + " on " + number + ": " + reply + ")");
        }
        return;
      }
    }
  }

  private record Query(String role, String label, String path) {}

  private List<Query> inboxQueries() {
    String unit = options.text("unit");
    return List.of(
        new Query("clerk", "clerk: tasks", "/grid/cases/tasks?max=20"),
        new Query("dispatcher", "dispatcher: tasks", "/grid/cases/tasks?max=20"),
        new Query("handler", "handler: tasks", "/grid/cases/tasks?max=20"),
        new Query(
            "handler",
            "handler: HANDLING C0109 overdue",
            "/grid/cases?state=HANDLING&category=C0109&overdue=true&max=20"),
        new Query(
            "dispatcher",
            "dispatcher: FILED in street 990102001",
            "/grid/cases?state=FILED&grid=990102001&max=20"),
        new Query(
            "dispatcher",
            "dispatcher: unit " + unit + " overdue",
            "/grid/cases?unit=" + enc(unit) + "&overdue=true&max=20"),
        new Query("dispatcher", "dispatcher: supervised", "/grid/cases?supervised=true&max=20"),
        new Query(
            "clerk", "clerk: REPORTED E0101", "/grid/cases?state=REPORTED&category=E0101&max=20"),
        new Query(
            "clerk", "clerk: number contains 2026-00012", "/grid/cases?number=2026-00012&max=20"),
        new Query("clerk", "clerk: all, no filter (count of all)", "/grid/cases?max=20"));
  }

  private void inboxPhase(int clients) throws Exception {
    int rounds = options.integer("inbox-rounds");
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "4. Inboxes: first page (max=20, with the total), %d calls each, one at a time%n",
        rounds);
    System.out.println(Latencies.header());
    List<Query> queries = inboxQueries();
    for (Query query : queries) {
      Latencies latencies = new Latencies(query.label);
      String total = "?";
      for (int i = 0; i < rounds; i++) {
        long start = System.nanoTime();
        Reply reply = call(auth.get(query.role), "GET", query.path, null);
        latencies.record(start, System.nanoTime(), reply.status, reply.status == 200);
        Matcher matcher = TOTAL.matcher(reply.body);
        if (matcher.find()) {
          total = matcher.group(1);
        }
      }
      System.out.println(latencies.line(0) + " total=" + total);
    }
    int seconds = options.integer("inbox-seconds");
    System.out.printf(
        Locale.ROOT, "   the same queries mixed, %d clients for %d s:%n", clients, seconds);
    Latencies mixed = new Latencies("inbox/search first pages, mixed");
    long start = System.nanoTime();
    Clients.runFor(
        clients,
        seconds,
        () -> {
          Query query = queries.get(ThreadLocalRandom.current().nextInt(queries.size() - 2));
          long begin = System.nanoTime();
          Reply reply = call(auth.get(query.role), "GET", query.path, null);
          mixed.record(begin, System.nanoTime(), reply.status, reply.status == 200);
        });
    System.out.println(mixed.line((System.nanoTime() - start) / 1e9));
    System.out.println("   (the mix leaves out the last two: number search and no filter)");
  }

  private void duplicatePhase() {
    int n = options.integer("hotspot-reports");
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "5. Duplicate check through the report: %d reports one at a time at random places, then"
            + " %d at one spot (the same category piling up within 50 m)%n",
        n,
        n);
    System.out.println(Latencies.header());
    ConcurrentLinkedQueue<String> ignored = new ConcurrentLinkedQueue<>();
    Latencies random = new Latencies("report at a random place");
    for (int i = 0; i < n; i++) {
      report(random, ignored, randomPlace());
    }
    System.out.println(random.line(0));
    double[] spot = randomPlace();
    Latencies hot = new Latencies("report at one spot (0.." + n + " open nearby)");
    for (int i = 0; i < n; i++) {
      double[] place = {
        spot[0] + (ThreadLocalRandom.current().nextDouble() - 0.5) * 0.0002,
        spot[1] + (ThreadLocalRandom.current().nextDouble() - 0.5) * 0.0002
      };
      reportAt(hot, ignored, place, categories.get(0));
    }
    System.out.println(hot.line(0));
  }

  private void jdbcPhase() throws SQLException {
    System.out.println();
    System.out.println(
        "6. Duplicate query alone (JDBC, the SQL of JpaGridCaseRepository.nearby: category, 50 m"
            + " box, reported or closed in the last 30 days, at most 500), 2000 random places");
    System.out.println(Latencies.header());
    String sql =
        "select id, case_number, latitude, longitude, reported_at, state, closed_at from grd_case"
            + " where case_kind = ? and category_code = ? and place_band in (?, ?)"
            + " and latitude between ? and ? and longitude between ? and ? and duplicate_of is null"
            + " and (reported_at >= ? or closed_at >= ?) limit 500";
    Latencies nearby = new Latencies("nearby query (JDBC)");
    try (Connection connection = jdbc();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < 2200; i++) {
        bindNearby(statement, randomPlace(), categories.get(i % categories.size()));
        long start = System.nanoTime();
        int rows = 0;
        try (ResultSet result = statement.executeQuery()) {
          while (result.next()) {
            rows++;
          }
        }
        if (i >= 200) {
          nearby.record(start, System.nanoTime(), rows, true);
        }
      }
      System.out.println(nearby.line(0));
      explain(connection, sql, ps -> bindNearby(ps, randomPlace(), categories.get(0)));
      // The shapes of JpaGridCaseRepository's queries: reach by unit codes, the inbox order (index
      // grd_case_inbox_order_ix), the count capped at 10,000 + 1.
      String unit = options.text("unit");
      String handling = "('DISPATCHED','SIGNED','REWORK','HANDLING','POSTPONED')";
      String order = " order by supervised desc, stage_due_at, id desc limit 20";
      explain(
          connection,
          "select id from grd_case where state in "
              + handling
              + " and responsible_unit in (?)"
              + order,
          ps -> ps.setString(1, unit));
      explain(
          connection,
          "select id from grd_case where state in "
              + handling
              + " and responsible_unit in (?) limit 10001",
          ps -> ps.setString(1, unit));
      explain(connection, "select id from grd_case" + order, ps -> {});
      explain(connection, "select id from grd_case where supervised = true" + order, ps -> {});
      explain(connection, "select id from grd_case limit 10001", ps -> {});
    }
  }

  // --- building blocks -------------------------------------------------------------------------

  private void report(Latencies latencies, ConcurrentLinkedQueue<String> numbers, double[] place) {
    reportAt(
        latencies,
        numbers,
        place,
        categories.get(ThreadLocalRandom.current().nextInt(categories.size())));
  }

  private void reportAt(
      Latencies latencies, ConcurrentLinkedQueue<String> numbers, double[] place, String category) {
    String body =
        String.format(
            Locale.ROOT,
            "{\"clientId\":\"%s\",\"category\":\"%s\",\"latitude\":%.6f,\"longitude\":%.6f,"
                + "\"address\":\"江城市滨江区压测路%d号\",\"description\":\"压测上报：设施损坏\"}",
            UUID.randomUUID(),
            category,
            place[0],
            place[1],
            ThreadLocalRandom.current().nextInt(1, 999));
    long start = System.nanoTime();
    Reply reply = call(auth.get("reporter"), "POST", "/grid/cases", body);
    long end = System.nanoTime();
    boolean ok = reply.status == 201;
    latencies.record(start, end, reply.status, ok);
    if (ok) {
      Matcher matcher = NUMBER.matcher(reply.body);
      if (matcher.find()) {
        numbers.add(matcher.group(1));
      }
    } else if (latencies.count() == 0) {
      System.out.println("  (report refused: " + reply + ")");
    }
  }

  private static double[] randomPlace() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new double[] {
      GridCasePreload.CENTRE_LAT + (random.nextDouble() * 2 - 1) * GridCasePreload.HALF_LAT,
      GridCasePreload.CENTRE_LON + (random.nextDouble() * 2 - 1) * GridCasePreload.HALF_LON
    };
  }

  private static void bindNearby(PreparedStatement statement, double[] place, String category)
      throws SQLException {
    double dLat = Math.toDegrees(50 / 6_371_008.8);
    double dLon = Math.toDegrees(50 / (6_371_008.8 * Math.cos(Math.toRadians(place[0]))));
    statement.setString(1, category.charAt(0) == 'C' ? "COMPONENT" : "EVENT");
    statement.setString(2, category.substring(1));
    // The bands of GeoPoint.latitudeBand, floor(latitude × 1000): one or two (then twice the same)
    // for a 50 m box, each searched by longitude.
    statement.setInt(3, (int) Math.floor((place[0] - dLat) * 1000));
    statement.setInt(4, (int) Math.floor((place[0] + dLat) * 1000));
    statement.setDouble(5, place[0] - dLat);
    statement.setDouble(6, place[0] + dLat);
    statement.setDouble(7, place[1] - dLon);
    statement.setDouble(8, place[1] + dLon);
    Timestamp since = Timestamp.from(Instant.now().minus(Duration.ofDays(30)));
    statement.setTimestamp(9, since);
    statement.setTimestamp(10, since);
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private static void explain(Connection connection, String sql, Binder binder)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("explain (analyze, buffers) " + sql)) {
      binder.bind(statement);
      System.out.println("   plan of: " + sql);
      try (ResultSet plan = statement.executeQuery()) {
        while (plan.next()) {
          System.out.println("     " + plan.getString(1));
        }
      }
    }
  }

  private Connection jdbc() throws SQLException {
    return DriverManager.getConnection(
        options.text("jdbc-url"), options.text("jdbc-user"), options.text("jdbc-password"));
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = jdbc();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private record Reply(int status, String body) {
    @Override
    public String toString() {
      return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
  }

  private Reply call(String authorization, String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", authorization)
            .header("Accept", "application/json");
    if (json == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.body());
    } catch (java.io.IOException e) {
      return new Reply(599, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reply(599, "interrupted");
    }
  }

  private static String first(Pattern pattern, Reply reply, String what) {
    Matcher matcher = pattern.matcher(reply.body);
    if (reply.status / 100 != 2 || !matcher.find()) {
      throw new IllegalStateException("No " + what + " in " + reply);
    }
    return matcher.group(1);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
