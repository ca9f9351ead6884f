package cn.finegov.benchmark.grid;

import cn.finegov.benchmark.support.BenchArgs;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Brings {@code grd_case} of a deployed suite on PostgreSQL to at least {@code --cases} rows (one
 * million by default) with set-based SQL ({@code generate_series}), so that the load harness runs
 * against a city with years of history. The rows look like what the case service writes:
 *
 * <ul>
 *   <li>the demo district ({@code --district}, 990102), categories from {@code grd_category};
 *   <li>places spread over a square of about 10 km around 30.2741 N 120.1551 E; a place inside a
 *       unit grid of {@code grd_grid} (its box) gets that grid and the grid's unit as its area,
 *       other places one of the district's communities; {@code area_path} and {@code
 *       responsible_path} are the units' paths of {@code krn_org_unit};
 *   <li>states over the whole lifecycle: about 6.4 % open (1 % reported, 1 % filed, 1 % dispatched,
 *       1.5 % handling, …, each inbox state present), the rest closed, rejected, merged or ledgered
 *       over the last two years; open cases carry a stage deadline, about a third of them past it
 *       (and marked escalated, so that the escalation job has nothing to catch up with during the
 *       measurement); 1 % supervised;
 *   <li>responsible units: the category's default unit for 70 % of the dispatched cases, another
 *       department or enterprise of the city for the rest;
 *   <li>case numbers {@code 990102-<year>-<sequence>} after the counter of their year, and the
 *       counters in {@code grd_case_counter} moved past them; ids after {@code grd_case_seq}, and
 *       the sequence moved past them.
 * </ul>
 *
 * <p>No timeline rows ({@code grd_case_event}), deadlines of the kernel's registry or audit entries
 * are made: the inbox and duplicate-check queries do not read them, and a case opened from the
 * preload shows an empty timeline. Reporters are {@code preload.w0000}…{@code preload.w1999}.
 *
 * <p>Idempotent: it adds only what is missing to reach {@code --cases}, in one transaction, then
 * runs {@code VACUUM ANALYZE}. With {@code --create-db} it only creates the database of {@code
 * --url} (as {@code --admin-user} on {@code --admin-url}) when it is missing.
 *
 * <pre>
 * java -cp modules/kernel-benchmarks/target/benchmarks.jar cn.finegov.benchmark.grid.GridCasePreload \
 *   [--url jdbc:postgresql://127.0.0.1:55432/governance_bench] [--user governance] [--password governance] \
 *   [--cases 1000000] [--district 990102] [--create-db --admin-url jdbc:postgresql://127.0.0.1:55432/postgres \
 *    --admin-user postgres --admin-password ""]
 * </pre>
 */
public final class GridCasePreload {

  static final double CENTRE_LAT = 30.2741;
  static final double CENTRE_LON = 120.1551;

  /** Half the side of the square, in degrees: 0.045° of latitude and 0.052° of longitude ≈ 5 km. */
  static final double HALF_LAT = 0.045;

  static final double HALF_LON = 0.052;

  private GridCasePreload() {}

  public static void main(String[] args) throws Exception {
    BenchArgs options =
        BenchArgs.parse(
            args,
            Map.of(
                "url", "jdbc:postgresql://127.0.0.1:55432/governance_bench",
                "user", "governance",
                "password", "governance",
                "admin-url", "jdbc:postgresql://127.0.0.1:55432/postgres",
                "admin-user", "postgres",
                "admin-password", "",
                "cases", "1000000",
                "district", "990102"),
            Set.of("create-db"));
    if (options.flag("create-db")) {
      createDatabase(options);
      return;
    }
    try (Connection connection =
        DriverManager.getConnection(
            options.text("url"), options.text("user"), options.text("password"))) {
      preload(connection, options.integer("cases"), options.text("district"));
    }
  }

  private static void createDatabase(BenchArgs options) throws SQLException {
    String url = options.text("url");
    String database = url.replaceFirst("\\?.*$", "").replaceFirst("^.*/", "");
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("database name must be a plain lower-case name");
    }
    String owner = options.text("user");
    try (Connection admin =
            DriverManager.getConnection(
                options.text("admin-url"),
                options.text("admin-user"),
                options.text("admin-password"));
        PreparedStatement exists =
            admin.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, database);
      try (ResultSet found = exists.executeQuery()) {
        if (found.next()) {
          System.out.println("Database " + database + " exists");
          return;
        }
      }
      try (Statement create = admin.createStatement()) {
        create.execute(
            "create database " + database + " owner \"" + owner.replace("\"", "") + "\"");
      }
      System.out.println("Database " + database + " created (owner " + owner + ")");
    }
  }

  static void preload(Connection connection, int target, String district) throws SQLException {
    long started = System.nanoTime();
    long existing = single(connection, "select count(*) from grd_case");
    long missing = target - existing;
    if (missing <= 0) {
      System.out.printf(
          Locale.ROOT,
          "Preload: grd_case holds %,d cases (>= %,d), nothing added%n",
          existing,
          target);
      return;
    }
    connection.setAutoCommit(false);
    try {
      List<String> kinds = new ArrayList<>();
      List<String> codes = new ArrayList<>();
      List<String> defaults = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "select c.case_kind, c.category_code, u.code from grd_category c"
                      + " left join krn_org_unit u on u.code = c.default_unit and u.active"
                      + " where c.active order by c.case_kind, c.category_code")) {
        while (rows.next()) {
          kinds.add(rows.getString(1));
          codes.add(rows.getString(2));
          defaults.add(rows.getString(3));
        }
      }
      if (codes.isEmpty()) {
        throw new IllegalStateException(
            "No categories in grd_category: deploy the suite (reference data) before the preload");
      }
      String districtPath =
          text(connection, "select path from krn_org_unit where code = ?", district);
      if (districtPath == null) {
        throw new IllegalStateException(
            "No unit " + district + " in krn_org_unit: start the suite with demo data first");
      }
      List<String> areas =
          texts(
              connection,
              "select code from krn_org_unit where active and unit_type = 'COMMUNITY'"
                  + " and path like ? order by code",
              districtPath + "%");
      List<String> responsible =
          texts(
              connection,
              "select code from krn_org_unit where active and unit_type in"
                  + " ('DEPARTMENT', 'ENTERPRISE') order by code",
              null);
      if (areas.isEmpty() || responsible.isEmpty()) {
        throw new IllegalStateException(
            "The district has no communities or the city no departments");
      }
      long idBase =
          Math.max(
                  single(connection, "select coalesce(max(id), 0) from grd_case"),
                  single(connection, "select last_value from grd_case_seq"))
              + 1000;
      System.out.printf(
          Locale.ROOT,
          "Preload: %,d cases in grd_case, adding %,d (%d categories, %d communities of %s,"
              + " %d responsible units)%n",
          existing,
          missing,
          codes.size(),
          areas.size(),
          district,
          responsible.size());

      // 1. The rows with their random attributes, in a temporary table.
      try (PreparedStatement rows = connection.prepareStatement(ROWS_SQL)) {
        int p = 1;
        rows.setDouble(p++, CENTRE_LAT);
        rows.setDouble(p++, HALF_LAT);
        rows.setDouble(p++, CENTRE_LON);
        rows.setDouble(p++, HALF_LON);
        rows.setInt(p++, codes.size());
        rows.setInt(p++, areas.size());
        rows.setInt(p++, responsible.size());
        rows.setLong(p++, missing);
        rows.executeUpdate();
      }
      // 2. The derived columns: category, state, times, units.
      try (PreparedStatement derive = connection.prepareStatement(DERIVE_SQL)) {
        int p = 1;
        derive.setArray(p++, array(connection, kinds));
        derive.setArray(p++, array(connection, codes));
        derive.setArray(p++, array(connection, defaults));
        derive.setArray(p++, array(connection, responsible));
        derive.setArray(p++, array(connection, areas));
        derive.executeUpdate();
      }
      try (Statement statement = connection.createStatement()) {
        for (String sql : DERIVE_MORE) {
          statement.executeUpdate(sql);
        }
      }
      // 3. Numbers after each year's counter; the counters move past them.
      try (PreparedStatement lock =
          connection.prepareStatement(
              "select year_number, last_value from grd_case_counter where district_code = ?"
                  + " for update")) {
        lock.setString(1, district);
        lock.executeQuery().close();
      }
      try (PreparedStatement insert = connection.prepareStatement(INSERT_SQL)) {
        int p = 1;
        insert.setLong(p++, idBase);
        insert.setString(p++, district);
        int inserted = insert.executeUpdate();
        System.out.printf(Locale.ROOT, "Preload: %,d rows inserted%n", inserted);
      }
      try (PreparedStatement counters =
          connection.prepareStatement(
              "insert into grd_case_counter (district_code, year_number, last_value)"
                  + " select ?, b.year_number, count(*) + coalesce(max(c.last_value), 0)"
                  + " from bench_case b left join grd_case_counter c on c.district_code = ?"
                  + " and c.year_number = b.year_number group by b.year_number"
                  + " on conflict (district_code, year_number)"
                  + " do update set last_value = greatest(grd_case_counter.last_value,"
                  + " excluded.last_value)")) {
        counters.setString(1, district);
        counters.setString(2, district);
        counters.executeUpdate();
      }
      try (PreparedStatement sequence =
          connection.prepareStatement("select setval('grd_case_seq', ?)")) {
        sequence.setLong(1, idBase + missing + 1000);
        sequence.executeQuery().close();
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
    connection.setAutoCommit(true);
    long loaded = System.nanoTime();
    try (Statement statement = connection.createStatement()) {
      statement.execute("vacuum analyze grd_case");
    }
    System.out.printf(
        Locale.ROOT,
        "Preload: %,d cases now; insert %.1f s, vacuum analyze %.1f s%n",
        single(connection, "select count(*) from grd_case"),
        (loaded - started) / 1e9,
        (System.nanoTime() - loaded) / 1e9);
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select state, count(*) from grd_case group by state order by count(*) desc")) {
      StringBuilder states = new StringBuilder("Preload: states");
      while (rows.next()) {
        states.append(String.format(Locale.ROOT, " %s=%,d", rows.getString(1), rows.getLong(2)));
      }
      System.out.println(states);
    }
  }

  /**
   * One row per missing case with its random numbers: place, category index, state draw, times,
   * units. Parameters: centre latitude, half side, centre longitude, half side, category count,
   * community count, responsible-unit count, rows.
   */
  private static final String ROWS_SQL =
      "create temporary table bench_case on commit drop as"
          + " select g,"
          + " ?::double precision + (random() * 2 - 1) * ? as latitude,"
          + " ?::double precision + (random() * 2 - 1) * ? as longitude,"
          + " 1 + floor(random() * ?)::int as category_index,"
          + " 1 + floor(random() * ?)::int as area_index,"
          + " 1 + floor(random() * ?)::int as unit_index,"
          + " random() as state_draw, random() as time_draw, random() as stage_draw,"
          + " random() as due_draw, random() as unit_draw, random() as flag_draw,"
          + " cast(null as varchar(4)) as category_code, cast(null as varchar(10)) as case_kind,"
          + " cast(null as varchar(30)) as state, cast(null as varchar(32)) as responsible_unit,"
          + " cast(null as varchar(32)) as returned_by_unit, cast(null as varchar(15)) as grid_code,"
          + " cast(null as varchar(32)) as area_unit,"
          + " cast(null as timestamptz) as reported_at, cast(null as timestamptz) as stage_started_at,"
          + " cast(null as timestamptz) as stage_due_at, cast(null as timestamptz) as closed_at,"
          + " 0 as year_number"
          + " from generate_series(1, ?) g";

  /**
   * Fills the derived columns. Parameters: category kinds, codes, default units, responsible units,
   * communities (text arrays, 1-based as the indexes drawn).
   */
  private static final String DERIVE_SQL =
      "update bench_case b set"
          + " case_kind = (?::text[])[category_index],"
          + " category_code = (?::text[])[category_index],"
          + " state = case"
          + "   when state_draw < 0.010 then 'REPORTED'"
          + "   when state_draw < 0.020 then 'FILED'"
          + "   when state_draw < 0.030 then 'DISPATCHED'"
          + "   when state_draw < 0.035 then 'SIGNED'"
          + "   when state_draw < 0.050 then 'HANDLING'"
          + "   when state_draw < 0.051 then 'POSTPONEMENT_REQUESTED'"
          + "   when state_draw < 0.053 then 'POSTPONED'"
          + "   when state_draw < 0.058 then 'FEEDBACK'"
          + "   when state_draw < 0.060 then 'VERIFYING'"
          + "   when state_draw < 0.062 then 'REWORK'"
          + "   when state_draw < 0.063 then 'RETURNED'"
          + "   when state_draw < 0.064 then 'REOPENED'"
          + "   when state_draw < 0.084 then 'REJECTED'"
          + "   when state_draw < 0.094 then 'MERGED'"
          + "   when state_draw < 0.099 then 'LEDGERED'"
          + "   else 'CLOSED' end,"
          + " responsible_unit = coalesce(case when unit_draw < 0.7"
          + "   then (?::text[])[category_index] end, (?::text[])[unit_index]),"
          + " area_unit = (?::text[])[area_index]";

  /** The rest of the derivation, one statement each. */
  private static final List<String> DERIVE_MORE =
      List.of(
          // open cases: reported in the last 20 days, in their stage since then, due 2 h..5 d later
          " update bench_case set"
              + " reported_at = now() - time_draw * interval '20 days',"
              + " stage_started_at = now() - time_draw * stage_draw * interval '20 days',"
              + " stage_due_at = now() - time_draw * stage_draw * interval '20 days'"
              + "   + interval '2 hours' + due_draw * interval '5 days'"
              + " where state_draw < 0.064",
          // the rest: reported 20..730 days ago, finished within 15 days
          " update bench_case set"
              + " reported_at = now() - interval '20 days' - time_draw * interval '710 days',"
              + " closed_at = now() - interval '20 days' - time_draw * interval '710 days'"
              + "   + stage_draw * interval '15 days'"
              + " where state_draw >= 0.064",
          "update bench_case set stage_started_at = closed_at where closed_at is not null",
          "update bench_case set returned_by_unit = responsible_unit, responsible_unit = null"
              + " where state = 'RETURNED'",
          "update bench_case set responsible_unit = null"
              + " where state in ('REPORTED', 'FILED', 'REOPENED', 'REJECTED', 'MERGED')",
          // a place inside a unit grid's box belongs to that grid and its unit
          "update bench_case b set grid_code = g.grid_code, area_unit = g.unit_code"
              + " from grd_grid g where g.grid_level = 'UNIT' and g.active"
              + " and b.latitude between g.min_lat and g.max_lat"
              + " and b.longitude between g.min_lon and g.max_lon",
          "update bench_case set year_number ="
              + " extract(year from reported_at at time zone 'Asia/Shanghai')::int");

  /**
   * The cases. Parameters: id base, district. Numbers follow each year's counter, in order of the
   * report time.
   */
  private static final String INSERT_SQL =
      "with numbered as (select b.*, row_number() over (partition by b.year_number"
          + " order by b.reported_at, b.g) as n from bench_case b),"
          + " base as (select ?::bigint as id_base)"
          + " insert into grd_case (id, version, case_number, source, case_kind, category_code,"
          + " grid_code, latitude, longitude, place_band, address, description, state, simple_case,"
          + " reported_by, reported_at, responsible_unit, returned_by_unit, supervised,"
          + " rework_count, return_count, postponement_count, stage_started_at, stage_due_at,"
          + " closed_at, area_unit, area_path, responsible_path, escalated)"
          + " select base.id_base + n.g, 0,"
          + " d.district || '-' || n.year_number || '-' || case when n.n + coalesce(c.last_value, 0)"
          + "   < 1000000 then lpad((n.n + coalesce(c.last_value, 0))::text, 6, '0')"
          + "   else (n.n + coalesce(c.last_value, 0))::text end,"
          + " case when n.flag_draw < 0.80 then 'GRID_WORKER' when n.flag_draw < 0.90 then"
          + "   'HOTLINE' when n.flag_draw < 0.95 then 'PUBLIC' else 'SUPERVISOR' end,"
          + " n.case_kind, n.category_code, n.grid_code, n.latitude, n.longitude,"
          + " floor(n.latitude * 1000),"
          + " '江城市滨江区压测路' || (n.g % 997) || '号', '压测预置案件 ' || n.g, n.state, false,"
          + " 'preload.w' || lpad((n.g % 2000)::text, 4, '0'), n.reported_at, n.responsible_unit,"
          + " n.returned_by_unit, n.flag_draw >= 0.99, 0, 0, 0, n.stage_started_at, n.stage_due_at,"
          + " n.closed_at, n.area_unit, a.path, r.path, coalesce(n.stage_due_at < now(), false)"
          + " from numbered n cross join base"
          + " cross join (select ?::varchar as district) d"
          + " left join grd_case_counter c on c.district_code = d.district"
          + "   and c.year_number = n.year_number"
          + " left join krn_org_unit a on a.code = n.area_unit"
          + " left join krn_org_unit r on r.code = n.responsible_unit";

  private static Array array(Connection connection, List<String> values) throws SQLException {
    return connection.createArrayOf("text", values.toArray());
  }

  private static long single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static String text(Connection connection, String sql, String parameter)
      throws SQLException {
    List<String> found = texts(connection, sql, parameter);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<String> texts(Connection connection, String sql, String parameter)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (parameter != null) {
        statement.setString(1, parameter);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    }
  }
}
