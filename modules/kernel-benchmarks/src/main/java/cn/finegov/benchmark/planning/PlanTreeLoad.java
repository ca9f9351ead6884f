package cn.finegov.benchmark.planning;

import cn.finegov.benchmark.planning.SuiteHttp.Reply;
import cn.finegov.benchmark.support.BenchArgs;
import cn.finegov.benchmark.support.Latencies;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Measures the planning module's issue-6 target against a deployed suite holding the tree of {@link
 * PlanTreePreload} (same sizes and year options): "progress roll-up after one update and the tree
 * page both under 500 ms on PostgreSQL". One caller at a time, {@code --rounds} calls each after
 * {@code --warm-up} uncounted ones, each round on a randomly chosen task; p50/p95/p99/max per call,
 * and PASS/FAIL of the 95th percentile against 500 ms.
 *
 * <ol>
 *   <li>progress report on a leaf (a street's task): {@code POST /planning/tasks/{number}/progress}
 *       with a percentage at least 20 points from the leaf's last one, so that the roll-up goes up
 *       through the district's task (20 children) to the city's task (14 children) in that request;
 *       by the street's handler (an API key confined to the street, {@code --report-streets}
 *       streets drawn at random);
 *   <li>the tree through REST, as the city's planning office: the plan's first level ({@code GET
 *       /planning/plans/{id}/tasks}, the city's tasks), a city task's children ({@code GET
 *       .../roll-up}), a district task's tree (way up and its streets' tasks), a city task's whole
 *       branch (1 + 14 + 280 tasks), the plan's roll-up;
 *   <li>the tree page ({@code --tree-page}, a GET of the Faces page after a form sign-in as {@code
 *       --page-user}) for the plan and for a task, when the page is deployed;
 *   <li>with {@code --jdbc-url}: the roll-up's reads alone (the leaf, its parent and the parent's
 *       children, the city task and its children: what TaskService.rollUpFrom asks through JPA),
 *       with their plans.
 * </ol>
 *
 * <pre>
 * java -cp modules/kernel-benchmarks/target/benchmarks.jar cn.finegov.benchmark.planning.PlanTreeLoad \
 *   [--server http://127.0.0.1:19080] [--year 2027] [--rounds 200] [--warm-up 30] [--report-streets 20] \
 *   [--tree-page /planning/tree.xhtml] [--page-user modadmin] [--jdbc-url jdbc:postgresql://...]
 * </pre>
 */
public final class PlanTreeLoad {

  static final List<String> REPORTER_PERMISSIONS =
      List.of("planning.plan.read", "planning.task.read", "planning.task.report");

  private final BenchArgs options;
  private final PlanTreeShape shape;
  private final int year;
  private final SuiteHttp http;
  private final Random random = new Random();
  private final int rounds;
  private final int warmUp;
  private String office;
  private long planId;
  private long districtPlanId;
  private final List<String> cityTasks = new ArrayList<>();
  private final List<String> districtTasks = new ArrayList<>();

  /** A leaf to report on: its number, the key of its street, its last progress. */
  private static final class Leaf {
    final String number;
    final String key;
    int progress;

    Leaf(String number, String key, int progress) {
      this.number = number;
      this.key = key;
      this.progress = progress;
    }
  }

  private final List<Leaf> leaves = new ArrayList<>();
  private final Map<String, Latencies> summary = new LinkedHashMap<>();

  private PlanTreeLoad(BenchArgs options) {
    this.options = options;
    this.shape = PlanTreePreload.shapeOf(options);
    this.year = PlanTreePreload.yearOf(options);
    this.http = new SuiteHttp(options.text("server"));
    this.rounds = options.integer("rounds");
    this.warmUp = options.integer("warm-up");
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> defaults = PlanTreePreload.sharedDefaults();
    defaults.put("rounds", "200");
    defaults.put("warm-up", "30");
    defaults.put("report-streets", "20");
    defaults.put("tree-page", "/planning/tree.xhtml");
    defaults.put("page-user", "modadmin");
    defaults.put("jdbc-url", "");
    defaults.put("jdbc-user", "governance");
    defaults.put("jdbc-password", "governance");
    BenchArgs options = BenchArgs.parse(args, defaults, Set.of());
    int status = 0;
    try {
      status = new PlanTreeLoad(options).run();
    } finally {
      System.exit(status);
    }
  }

  private int run() throws Exception {
    System.out.printf(
        Locale.ROOT,
        "Planning tree load: %s, year %d, %d rounds per call after %d warm-up, one caller at a time;"
            + " harness on %d cores, Java %s%n",
        options.text("server"),
        year,
        rounds,
        warmUp,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    if (!options.text("jdbc-url").isBlank()) {
      sizes();
    }
    prepare();
    reportPhase();
    treePhase();
    pagePhase();
    if (!options.text("jdbc-url").isBlank()) {
      jdbcPhase();
    }
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Target (issue 6): p%.0f under %.0f ms, one caller at a time%n",
        Targets.PERCENTILE,
        Targets.LIMIT_MILLIS);
    boolean pass = true;
    for (Map.Entry<String, Latencies> entry : summary.entrySet()) {
      System.out.println(Targets.summary(entry.getKey(), entry.getValue()));
      pass &= "PASS".equals(Targets.verdict(entry.getValue().percentileMillis(Targets.PERCENTILE)));
    }
    System.out.println(pass ? "ALL PASS" : "NOT ALL PASS");
    return pass ? 0 : 1;
  }

  // --- setup -----------------------------------------------------------------------------------

  private void sizes() throws SQLException {
    try (Connection connection = jdbc();
        Statement statement = connection.createStatement()) {
      // Statistics after the preload (autovacuum may not have come round yet).
      statement.execute("analyze pln_task");
      statement.execute("analyze pln_plan");
      statement.execute("analyze pln_progress_report");
      try (ResultSet row =
          statement.executeQuery(
              "select (select count(*) from pln_task), (select count(*) from pln_task where"
                  + " task_year = "
                  + year
                  + "), (select count(*) from pln_plan where plan_year = "
                  + year
                  + "), (select count(*) from pln_progress_report),"
                  + " (select count(*) from krn_org_unit)")) {
        row.next();
        System.out.printf(
            Locale.ROOT,
            "database: %,d tasks (%,d of %d in %,d plans), %,d progress reports, %,d units%n",
            row.getLong(1),
            row.getLong(2),
            year,
            row.getLong(3),
            row.getLong(4),
            row.getLong(5));
      }
    }
  }

  private void prepare() {
    String sysadmin = SuiteHttp.basic("sysadmin", options.text("password"));
    office = issue(sysadmin, "office", PlanTreeShape.CITY, PlanTreePreload.OFFICE_PERMISSIONS);
    planId = planOf(PlanTreeShape.CITY);
    http.get(office, "/planning/plans/" + planId + "/tasks")
        .require("the plan's tasks")
        .forEach(task -> cityTasks.add(task.get("number").asText()));
    for (String city : cityTasks) {
      for (JsonNode part :
          http.get(office, "/planning/tasks/" + city + "/roll-up")
              .require("roll-up")
              .get("parts")) {
        districtTasks.add(part.get("number").asText());
      }
    }
    districtPlanId = planOf(shape.districtCode(random.nextInt(shape.districts())));
    // Streets drawn at random; each with a key of its handler and its tasks (the leaves).
    int streets = Math.min(options.integer("report-streets"), shape.districts() * shape.streets());
    List<String> codes = new ArrayList<>();
    for (int d = 0; d < shape.districts(); d++) {
      codes.addAll(shape.streetCodes(d));
    }
    java.util.Collections.shuffle(codes, random);
    for (String street : codes.subList(0, streets)) {
      String key = issue(sysadmin, "street " + street, street, REPORTER_PERMISSIONS);
      for (JsonNode task :
          http.get(key, "/planning/tasks?year=" + year + "&unit=" + street + "&max=200")
              .require("tasks of " + street)
              .get("items")) {
        if (task.get("depth").asInt() > 0 && street.equals(task.get("leadUnitCode").asText())) {
          leaves.add(new Leaf(task.get("number").asText(), key, task.get("progress").asInt()));
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "tree: plan %d with %d city tasks, %d district tasks; %d leaves of %d streets to report on;"
            + " district plan %d%n",
        planId,
        cityTasks.size(),
        districtTasks.size(),
        leaves.size(),
        streets,
        districtPlanId);
    if (cityTasks.isEmpty() || districtTasks.isEmpty() || leaves.isEmpty()) {
      throw new IllegalStateException("No tree of " + year + ": run PlanTreePreload first");
    }
  }

  private long planOf(String unit) {
    for (JsonNode plan :
        http.get(office, "/planning/plans?year=" + year + "&unit=" + unit + "&max=50")
            .require("plans of " + unit)
            .get("items")) {
      if (unit.equals(plan.get("unitCode").asText())) {
        return plan.get("id").asLong();
      }
    }
    throw new IllegalStateException("No plan of " + unit + " in " + year + ": preload first");
  }

  private String issue(String sysadmin, String role, String unitCode, List<String> permissions) {
    long unitId =
        http.get(sysadmin, "/org/units/by-code/" + unitCode).require("unit").get("id").asLong();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("systemName", "压测 planning " + role);
    body.put("description", "planning benchmark " + java.time.Instant.now());
    body.put("unitId", unitId);
    body.put("permissions", permissions);
    String secadmin = SuiteHttp.basic("secadmin", options.text("password"));
    return SuiteHttp.apiKey(
        http.call(secadmin, "POST", "/api-keys", body).require("API key").get("secret").asText());
  }

  // --- phases ----------------------------------------------------------------------------------

  private void reportPhase() {
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "1. Progress report on a random leaf (street task), the roll-up to the district's and the"
            + " city's task in the request: POST /planning/tasks/{number}/progress, %d rounds%n",
        rounds);
    System.out.println(Latencies.header());
    Latencies latencies = new Latencies("POST .../progress (roll-up 2 levels)");
    for (int i = 0; i < warmUp + rounds; i++) {
      Leaf leaf = leaves.get(random.nextInt(leaves.size()));
      int percent = Targets.nextPercent(leaf.progress, random.nextInt(1000));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("percent", percent);
      body.put("text", "压测进展：完成" + percent + "%");
      long start = System.nanoTime();
      Reply reply =
          http.call(leaf.key, "POST", "/planning/tasks/" + leaf.number + "/progress", body);
      long end = System.nanoTime();
      if (reply.ok()) {
        leaf.progress = percent;
      } else if (i < 3) {
        System.out.println("  (report refused: " + reply + ")");
      }
      if (i >= warmUp) {
        latencies.record(start, end, reply.status(), reply.ok());
      }
    }
    System.out.println(latencies.line(0));
    summary.put("progress report with roll-up (REST)", latencies);
  }

  private void treePhase() {
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "2. The tree through REST as the city's planning office, %d rounds each (random task"
            + " each round)%n",
        rounds);
    System.out.println(Latencies.header());
    Latencies first =
        measure(
            "GET /plans/{city}/tasks (first level, " + cityTasks.size() + ")",
            () -> "/planning/plans/" + planId + "/tasks");
    summary.put("tree, first level: the plan's tasks (REST)", first);
    Latencies children =
        measure(
            "GET /tasks/{city task}/roll-up (children)",
            () -> "/planning/tasks/" + pick(cityTasks) + "/roll-up");
    summary.put("tree, a node's children: roll-up of a city task (REST)", children);
    Latencies district =
        measure(
            "GET /tasks/{district task}/tree",
            () -> "/planning/tasks/" + pick(districtTasks) + "/tree");
    summary.put("tree, a district task with its children (REST)", district);
    measure(
        "GET /tasks/{city task}/tree (whole branch)",
        () -> "/planning/tasks/" + pick(cityTasks) + "/tree");
    measure("GET /plans/{city}/roll-up", () -> "/planning/plans/" + planId + "/roll-up");
    measure(
        "GET /plans/{district}/tasks (" + cityTasks.size() + ")",
        () -> "/planning/plans/" + districtPlanId + "/tasks");
  }

  private Latencies measure(String name, Supplier<String> path) {
    Latencies latencies = new Latencies(name);
    for (int i = 0; i < warmUp + rounds; i++) {
      String target = path.get();
      long start = System.nanoTime();
      Reply reply = http.get(office, target);
      long end = System.nanoTime();
      if (!reply.ok() && i < 3) {
        System.out.println("  (" + target + ": " + reply + ")");
      }
      if (i >= warmUp) {
        latencies.record(start, end, reply.status(), reply.ok());
      }
    }
    System.out.println(latencies.line(0));
    return latencies;
  }

  private void pagePhase() {
    String page = options.text("tree-page");
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "3. The tree page %s (Faces GET after a form sign-in as %s), %d rounds each%n",
        page,
        options.text("page-user"),
        rounds);
    if (!http.signIn(options.text("page-user"), options.text("password"))) {
      System.out.println("  sign-in failed: page not measured");
      return;
    }
    Reply probe = http.page(page + "?plan=" + planId);
    if (probe.status() == 404) {
      System.out.println("  " + page + " is not deployed (404): page not measured");
      return;
    }
    if (probe.status() != 200 || !probe.body().contains(cityTasks.get(0))) {
      System.out.println("  unexpected answer, page not measured: " + probe);
      return;
    }
    System.out.println(Latencies.header());
    Latencies ofPlan =
        pageRounds("GET tree page ?plan (first level)", () -> "?plan=" + planId, page);
    summary.put("tree page of the plan (Faces GET)", ofPlan);
    Latencies ofTask =
        pageRounds("GET tree page ?task (a city task)", () -> "?task=" + pick(cityTasks), page);
    summary.put("tree page of a task (Faces GET)", ofTask);
    expandRounds(page);
  }

  private Latencies pageRounds(String name, Supplier<String> query, String page) {
    Latencies latencies = new Latencies(name);
    for (int i = 0; i < warmUp + rounds; i++) {
      String target = page + query.get();
      long start = System.nanoTime();
      Reply reply = http.page(target);
      long end = System.nanoTime();
      boolean ok = reply.status() == 200 && !reply.body().contains("login:username");
      if (!ok && i < 3) {
        System.out.println("  (" + target + ": " + reply + ")");
      }
      if (i >= warmUp) {
        latencies.record(start, end, reply.status(), ok);
      }
    }
    System.out.println(latencies.line(0));
    return latencies;
  }

  /**
   * Expanding a node of the plan's tree: the Faces partial request PrimeFaces' tree table sends
   * ({@code <table>_expand=<row key>}), answered with the node's children rows.
   */
  private void expandRounds(String page) {
    Latencies latencies = new Latencies("expand a city task (Faces partial request)");
    int failures = 0;
    for (int i = 0; i < warmUp + rounds && failures < 3; i++) {
      Reply view = http.page(page + "?plan=" + planId);
      String table = FacesForms.idWithClass(view.body(), "ui-treetable");
      String form = table == null ? null : FacesForms.formOf(view.body(), table);
      String state = FacesForms.viewState(view.body());
      List<String> rows = FacesForms.rowKeys(view.body());
      if (table == null || form == null || state == null || rows.isEmpty()) {
        System.out.println(
            "  no tree table with a form and rows on the page: expansion not measured");
        return;
      }
      String rowKey = rows.get(random.nextInt(rows.size()));
      Map<String, String> fields = new HashMap<>();
      fields.put("jakarta.faces.partial.ajax", "true");
      fields.put("jakarta.faces.source", table);
      fields.put("jakarta.faces.partial.execute", table);
      fields.put("jakarta.faces.partial.render", table);
      fields.put(table + "_expand", rowKey);
      // what PrimeFaces' widget adds: answer with the node's rows, not the whole table
      fields.put(table + "_encodeFeature", "true");
      fields.put(form, form);
      fields.put("jakarta.faces.ViewState", state);
      long start = System.nanoTime();
      Reply reply = http.post(page + "?plan=" + planId, fields, true);
      long end = System.nanoTime();
      boolean ok =
          reply.status() == 200
              && reply.body().contains("<partial-response")
              && !reply.body().contains("<error>")
              && FacesForms.rowKeys(reply.body()).stream()
                  .anyMatch(k -> k.startsWith(rowKey + "_"));
      if (!ok) {
        failures++;
        if (failures == 1) {
          System.out.println("  (expand " + rowKey + ": " + reply + ")");
        }
      }
      if (i >= warmUp) {
        latencies.record(start, end, reply.status(), ok);
      }
    }
    System.out.println(latencies.line(0));
    if (latencies.count() > 0) {
      summary.put("tree page, expanding a node (Faces partial request)", latencies);
    }
  }

  private void jdbcPhase() throws SQLException {
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "4. The roll-up's reads alone (JDBC): a leaf's parent by number, the parent's children, the"
            + " city task and its children, %d rounds%n",
        rounds);
    System.out.println(Latencies.header());
    String byNumber = "select * from pln_task where task_number = ?";
    String children = "select * from pln_task where parent_id = ? order by task_number";
    Latencies latencies = new Latencies("reads of TaskService.rollUpFrom (5 queries)");
    try (Connection connection = jdbc();
        PreparedStatement one = connection.prepareStatement(byNumber);
        PreparedStatement many = connection.prepareStatement(children)) {
      long parentId = 0;
      for (int i = 0; i < warmUp + rounds; i++) {
        Leaf leaf = leaves.get(random.nextInt(leaves.size()));
        long start = System.nanoTime();
        String path = row(one, leaf.number, "tree_path");
        String[] up = path.substring(1, path.length() - 1).split("/");
        for (int level = up.length - 2; level >= 0; level--) {
          parentId = Long.parseLong(row(one, up[level], "id"));
          many.setLong(1, parentId);
          try (ResultSet rows = many.executeQuery()) {
            while (rows.next()) {
              rows.getInt("progress");
            }
          }
        }
        if (i >= warmUp) {
          latencies.record(start, System.nanoTime(), 200, true);
        }
      }
      System.out.println(latencies.line(0));
      try (PreparedStatement plan =
          connection.prepareStatement("explain (analyze, buffers) " + children)) {
        plan.setLong(1, parentId);
        System.out.println("   plan of: " + children);
        try (ResultSet rows = plan.executeQuery()) {
          while (rows.next()) {
            System.out.println("     " + rows.getString(1));
          }
        }
      }
    }
  }

  private static String row(PreparedStatement statement, String number, String column)
      throws SQLException {
    statement.setString(1, number);
    try (ResultSet row = statement.executeQuery()) {
      if (!row.next()) {
        throw new IllegalStateException("No task " + number);
      }
      return row.getString(column);
    }
  }

  private String pick(List<String> from) {
    return from.get(random.nextInt(from.size()));
  }

  private Connection jdbc() throws SQLException {
    return DriverManager.getConnection(
        options.text("jdbc-url"), options.text("jdbc-user"), options.text("jdbc-password"));
  }
}
