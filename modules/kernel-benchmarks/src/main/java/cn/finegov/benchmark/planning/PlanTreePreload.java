package cn.finegov.benchmark.planning;

import cn.finegov.benchmark.planning.SuiteHttp.Reply;
import cn.finegov.benchmark.support.BenchArgs;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Brings a deployed suite to the plan tree of {@link PlanTreeShape} (by default 300 units below the
 * demo city and 20,060 tasks) through the REST API only, so that every row is what the services
 * write (task numbers, tree paths, plans made on the way, audit entries, notices, roll-ups):
 *
 * <ol>
 *   <li>units ({@code POST /org/units}) as {@code sysadmin}: the missing departments, districts and
 *       streets;
 *   <li>the city's plan of {@code --year} (default: next year, so the demo's published plan of this
 *       year stays untouched) and its tasks ({@code POST /planning/plans[/{id}/tasks]}) with the
 *       API key of the city's planning office (the module administrator's permissions, confined to
 *       the city);
 *   <li>each city task decomposed to every district ({@code POST
 *       /planning/tasks/{number}/assignments}) by the city's office, each district's task to every
 *       street of the district by that district's office (a key confined to the district); the
 *       district and street plans are made by the first decomposition that reaches them, so the
 *       first task of each level goes alone and the rest in {@code --clients} parallel calls;
 *   <li>the city's plan submitted, approved and published (a key with the leader's permissions).
 * </ol>
 *
 * <p>Idempotent and resumable: it reads what is there (units below the city, the plan's tasks, each
 * task's children through its roll-up) and makes only what is missing; when the year already holds
 * the whole tree it changes nothing. A published plan takes no new tasks: a larger shape after a
 * smaller one needs another {@code --year}. API keys are issued by {@code secadmin} on every run
 * that has something to make.
 *
 * <pre>
 * java -cp modules/kernel-benchmarks/target/benchmarks.jar cn.finegov.benchmark.planning.PlanTreePreload \
 *   [--server http://127.0.0.1:19080] [--year 2027] [--districts 14] [--streets 20] [--departments 6] \
 *   [--city-tasks 68] [--clients 4] [--password Demo@2026]
 * </pre>
 */
public final class PlanTreePreload {

  static final List<String> OFFICE_PERMISSIONS =
      List.of(
          "planning.plan.read",
          "planning.plan.edit",
          "planning.task.read",
          "planning.task.edit",
          "planning.task.assign");
  static final List<String> LEADER_PERMISSIONS =
      List.of(
          "planning.plan.read",
          "planning.plan.approve",
          "planning.plan.publish",
          "planning.task.read",
          "planning.task.approve");
  static final List<String> DISTRICT_PERMISSIONS =
      List.of("planning.plan.read", "planning.task.read", "planning.task.assign");

  private static final String[] SOURCES = {
    "HOTLINE_12345",
    "GOVERNMENT_PORTAL",
    "MOBILE_APP",
    "MEDIA",
    "DEPUTY_LIAISON_STATION",
    "CPPCC_STUDIO",
    "OTHER"
  };

  private final BenchArgs options;
  private final PlanTreeShape shape;
  private final int year;
  private final SuiteHttp http;
  private final String sysadmin;
  private final String secadmin;
  private final Map<String, Long> unitIds = new ConcurrentHashMap<>();
  private final Map<String, String> keys = new ConcurrentHashMap<>();
  private final AtomicInteger calls = new AtomicInteger();
  private long started;

  PlanTreePreload(BenchArgs options) {
    this.options = options;
    this.shape = shapeOf(options);
    this.year = yearOf(options);
    this.http = new SuiteHttp(options.text("server"));
    this.sysadmin = SuiteHttp.basic("sysadmin", options.text("password"));
    this.secadmin = SuiteHttp.basic("secadmin", options.text("password"));
  }

  /** The options the preload and the load share (sizes, year, server, password). */
  static Map<String, String> sharedDefaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("server", "http://127.0.0.1:19080");
    defaults.put("password", "Demo@2026");
    defaults.put("year", "");
    defaults.put("districts", "14");
    defaults.put("streets", "20");
    defaults.put("departments", "6");
    defaults.put("city-tasks", "68");
    return defaults;
  }

  static PlanTreeShape shapeOf(BenchArgs options) {
    return new PlanTreeShape(
        options.integer("districts"),
        options.integer("streets"),
        options.integer("departments"),
        options.integer("city-tasks"));
  }

  static int yearOf(BenchArgs options) {
    String year = options.text("year");
    return year == null || year.isBlank() ? LocalDate.now().getYear() + 1 : Integer.parseInt(year);
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> defaults = sharedDefaults();
    defaults.put("clients", "4");
    BenchArgs options = BenchArgs.parse(args, defaults, Set.of());
    try {
      new PlanTreePreload(options).run();
    } finally {
      System.exit(0);
    }
  }

  void run() throws Exception {
    started = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "Planning preload: year %d, %d units (%d departments, %d districts x %d streets),"
            + " %,d tasks (%d city tasks), %s%n",
        year,
        shape.unitCount(),
        shape.departments(),
        shape.districts(),
        shape.streets(),
        shape.taskCount(),
        shape.cityTasks(),
        options.text("server"));
    units();
    keys.put("office", issue("office", PlanTreeShape.CITY, OFFICE_PERMISSIONS));
    JsonNode plan = cityPlan();
    long planId = plan.get("id").asLong();
    long total = tasksOfYear();
    if (total >= shape.taskCount() && "PUBLISHED".equals(plan.get("state").asText())) {
      System.out.printf(
          Locale.ROOT,
          "Already there: plan %d (%s) and %,d tasks of %d; nothing made%n",
          planId,
          plan.get("state").asText(),
          total,
          year);
      return;
    }
    List<String> cityTasks = cityTasks(plan);
    decomposeToDistricts(cityTasks);
    decomposeToStreets(cityTasks);
    publish(planId);
    System.out.printf(
        Locale.ROOT,
        "Done in %.0f s (%d calls): plan %d, %,d tasks of %d in the city%n",
        seconds(),
        calls.get(),
        planId,
        tasksOfYear(),
        year);
  }

  // --- units -----------------------------------------------------------------------------------

  private void units() {
    long city =
        call(sysadmin, "GET", "/org/units/by-code/" + PlanTreeShape.CITY, null)
            .require("the demo city " + PlanTreeShape.CITY)
            .get("id")
            .asLong();
    unitIds.put(PlanTreeShape.CITY, city);
    readChildren(city);
    for (String district : shape.districtCodes()) {
      Long id = unitIds.get(district);
      if (id != null) {
        readChildren(id);
      }
    }
    int made = 0;
    for (PlanTreeShape.Unit unit : shape.units()) {
      if (unitIds.containsKey(unit.code())) {
        continue;
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("code", unit.code());
      body.put("name", unit.name());
      body.put("shortName", unit.shortName());
      body.put("type", unit.type());
      body.put("parentId", unitIds.get(unit.parentCode()));
      body.put("sortOrder", unit.order());
      JsonNode created = call(sysadmin, "POST", "/org/units", body).require("unit " + unit.code());
      unitIds.put(unit.code(), created.get("id").asLong());
      made++;
    }
    System.out.printf(
        Locale.ROOT, "units: %d of %d made (%.0f s)%n", made, shape.unitCount(), seconds());
  }

  private void readChildren(long parentId) {
    for (JsonNode unit :
        call(sysadmin, "GET", "/org/units?parentId=" + parentId, null)
            .require("units below " + parentId)) {
      unitIds.put(unit.get("code").asText(), unit.get("id").asLong());
    }
  }

  /** Issues an API key confined to {@code unitCode} with these permissions (secadmin). */
  private String issue(String role, String unitCode, List<String> permissions) {
    Long unitId = unitIds.get(unitCode);
    if (unitId == null) {
      unitId =
          call(sysadmin, "GET", "/org/units/by-code/" + unitCode, null)
              .require("unit " + unitCode)
              .get("id")
              .asLong();
      unitIds.put(unitCode, unitId);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("systemName", "压测 planning " + role);
    body.put("description", "planning benchmark " + java.time.Instant.now() + ", " + unitCode);
    body.put("unitId", unitId);
    body.put("permissions", permissions);
    return SuiteHttp.apiKey(
        call(secadmin, "POST", "/api-keys", body)
            .require("API key " + role)
            .get("secret")
            .asText());
  }

  // --- the plan and its tasks
  // ----------------------------------------------------------------------

  private JsonNode cityPlan() {
    String office = keys.get("office");
    JsonNode page =
        call(
                office,
                "GET",
                "/planning/plans?year=" + year + "&unit=" + PlanTreeShape.CITY + "&max=50",
                null)
            .require("plans of the city");
    for (JsonNode plan : page.get("items")) {
      if (PlanTreeShape.CITY.equals(plan.get("unitCode").asText())
          && plan.get("year").asInt() == year) {
        return plan;
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", year);
    body.put("unitCode", PlanTreeShape.CITY);
    body.put("title", "江城市" + year + "年度城市精细化治理工作计划（压测）");
    body.put("problems", "压测：群众反映集中的背街小巷、老旧小区、道路积水等问题。");
    body.put("targets", "压测：全部任务年底前完成。");
    body.put("safeguards", "压测：市领导小组统筹，逐级分解到区、街道。");
    JsonNode plan = call(office, "POST", "/planning/plans", body).require("the city's plan");
    System.out.printf(Locale.ROOT, "plan %d of %d made%n", plan.get("id").asLong(), year);
    return plan;
  }

  private long tasksOfYear() {
    return call(keys.get("office"), "GET", "/planning/tasks?year=" + year + "&max=1", null)
        .require("tasks of " + year)
        .get("total")
        .asLong();
  }

  /** The city's tasks (numbers, in order), the missing ones drafted first. */
  private List<String> cityTasks(JsonNode plan) {
    long planId = plan.get("id").asLong();
    String office = keys.get("office");
    JsonNode existing =
        call(office, "GET", "/planning/plans/" + planId + "/tasks", null)
            .require("tasks of plan " + planId);
    List<String> numbers = new ArrayList<>();
    existing.forEach(task -> numbers.add(task.get("number").asText()));
    if (numbers.size() < shape.cityTasks() && !"DRAFT".equals(plan.get("state").asText())) {
      throw new IllegalStateException(
          "The city's plan of "
              + year
              + " is "
              + plan.get("state").asText()
              + " with "
              + numbers.size()
              + " tasks: it takes no more; choose another --year");
    }
    for (int t = numbers.size(); t < shape.cityTasks(); t++) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("title", String.format(Locale.ROOT, "压测任务%03d：背街小巷环境综合整治", t + 1));
      body.put("problem", "12345热线反映背街小巷垃圾堆放、路面破损、飞线乱拉（压测数据）。");
      body.put("target", "年底前完成整治，实现“十无”标准。");
      body.put("measures", "一巷一策，区街两级挂图作战，每月巡查。");
      body.put("deadline", LocalDate.of(year, 12, 20).toString());
      body.put("source", SOURCES[t % SOURCES.length]);
      body.put("priority", t % 3 == 0 ? "HIGH" : "NORMAL");
      body.put("livelihood", t % 4 == 0);
      body.put("weight", 1 + t % 5);
      body.put("leadUnitCode", shape.leadOfCityTask(t));
      numbers.add(
          call(office, "POST", "/planning/plans/" + planId + "/tasks", body)
              .require("city task " + (t + 1))
              .get("summary")
              .get("number")
              .asText());
    }
    System.out.printf(
        Locale.ROOT,
        "city tasks: %d (%d made, %.0f s)%n",
        numbers.size(),
        numbers.size() - existing.size(),
        seconds());
    return numbers;
  }

  /** The lead unit codes of a task's children, by child task number. */
  private Map<String, String> children(String authorization, String number) {
    Map<String, String> children = new LinkedHashMap<>();
    for (JsonNode part :
        call(authorization, "GET", "/planning/tasks/" + number + "/roll-up", null)
            .require("roll-up of " + number)
            .get("parts")) {
      children.put(part.get("number").asText(), part.get("unitCode").asText());
    }
    return children;
  }

  private void decomposeToDistricts(List<String> cityTasks) throws Exception {
    String office = keys.get("office");
    AtomicInteger made = new AtomicInteger();
    List<Runnable> work = new ArrayList<>();
    for (String number : cityTasks) {
      work.add(
          () -> {
            Set<String> there = new HashSet<>(children(office, number).values());
            List<String> missing =
                shape.districtCodes().stream().filter(code -> !there.contains(code)).toList();
            if (!missing.isEmpty()) {
              decompose(office, number, missing, LocalDate.of(year, 12, 10));
              made.addAndGet(missing.size());
            }
          });
    }
    runFirstAloneThenParallel(work);
    System.out.printf(Locale.ROOT, "district tasks: %d made (%.0f s)%n", made.get(), seconds());
  }

  private void decomposeToStreets(List<String> cityTasks) throws Exception {
    String office = keys.get("office");
    // Which district task belongs to which district: the city tasks' children.
    List<Map<String, String>> byCityTask = new ArrayList<>();
    for (String number : cityTasks) {
      byCityTask.add(children(office, number));
    }
    Map<Integer, String> districtKeys = new HashMap<>();
    AtomicInteger made = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    List<Runnable> first = new ArrayList<>();
    List<Runnable> rest = new ArrayList<>();
    for (int i = 0; i < byCityTask.size(); i++) {
      for (Map.Entry<String, String> child : byCityTask.get(i).entrySet()) {
        int d = shape.districtOf(child.getValue());
        if (d < 0) {
          continue;
        }
        String key =
            districtKeys.computeIfAbsent(
                d,
                k ->
                    issue(
                        "district " + shape.districtCode(k),
                        shape.districtCode(k),
                        DISTRICT_PERMISSIONS));
        String number = child.getKey();
        Runnable step =
            () -> {
              Set<String> there = new HashSet<>(children(key, number).values());
              List<String> missing =
                  shape.streetCodes(d).stream().filter(code -> !there.contains(code)).toList();
              if (!missing.isEmpty()) {
                decompose(key, number, missing, LocalDate.of(year, 11, 30));
                made.addAndGet(missing.size());
              }
              int n = done.incrementAndGet();
              if (n % 100 == 0) {
                System.out.printf(
                    Locale.ROOT,
                    "  %d district tasks handled, %,d street tasks made (%.0f s)%n",
                    n,
                    made.get(),
                    seconds());
              }
            };
        // The first city task's district tasks make the street plans: one per district, and
        // the districts do not share streets, so they may run side by side.
        (i == 0 ? first : rest).add(step);
      }
    }
    parallel(first);
    parallel(rest);
    System.out.printf(Locale.ROOT, "street tasks: %,d made (%.0f s)%n", made.get(), seconds());
  }

  private void decompose(String authorization, String number, List<String> units, LocalDate by) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unitCodes", units);
    body.put("deadline", by.toString());
    Reply reply = call(authorization, "POST", "/planning/tasks/" + number + "/assignments", body);
    if (reply.status() >= 500 || reply.status() == 409) {
      // a concurrent first use of a plan or a counter; once more
      reply = call(authorization, "POST", "/planning/tasks/" + number + "/assignments", body);
    }
    reply.require("decomposition of " + number + " to " + units.size() + " units");
  }

  private void publish(long planId) {
    JsonNode plan =
        call(keys.get("office"), "GET", "/planning/plans/" + planId, null).require("plan");
    if ("PUBLISHED".equals(plan.get("state").asText())) {
      return;
    }
    String leader = issue("leader", PlanTreeShape.CITY, LEADER_PERMISSIONS);
    if ("DRAFT".equals(plan.get("state").asText())) {
      act(keys.get("office"), planId, "SUBMIT");
    }
    plan = call(leader, "GET", "/planning/plans/" + planId, null).require("plan");
    if ("IN_REVIEW".equals(plan.get("state").asText())) {
      act(leader, planId, "APPROVE");
    }
    act(leader, planId, "PUBLISH");
    System.out.printf(Locale.ROOT, "plan %d published%n", planId);
  }

  private void act(String authorization, long planId, String action) {
    call(authorization, "POST", "/planning/plans/" + planId + "/actions", Map.of("action", action))
        .require(action + " of plan " + planId);
  }

  // --- running ---------------------------------------------------------------------------------

  private void runFirstAloneThenParallel(List<Runnable> work) throws Exception {
    if (work.isEmpty()) {
      return;
    }
    work.get(0).run();
    parallel(work.subList(1, work.size()));
  }

  private void parallel(List<Runnable> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.integer("clients")));
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Runnable step : work) {
        running.add(pool.submit(step));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private Reply call(String authorization, String method, String path, Object body) {
    calls.incrementAndGet();
    return http.call(authorization, method, path, body);
  }

  private double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }
}
