package cn.finegov.planning.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.module.ModuleSchema;
import cn.finegov.kernel.infrastructure.migration.DatabaseDialect;
import cn.finegov.kernel.infrastructure.migration.SchemaMigrator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The module's migrations run on H2 (the demo database) and their constraints hold. */
class PlanningSchemaTest {

  static final ModuleSchema SCHEMA = new ModuleSchema("db/migration/planning", "pln_");

  private static final String PLAN =
      "insert into pln_plan (id, version, plan_year, plan_level, owner_unit_id, owner_unit_code,"
          + " owner_path, title, state, created_by, created_at, updated_at) values"
          + " (%d, 0, %d, '%s', %d, 'U%d', '/1/', '计划', '%s', 'p', current_timestamp,"
          + " current_timestamp)";

  private static final String TASK =
      "insert into pln_task (id, version, task_number, task_year, plan_id, parent_id, tree_path,"
          + " depth, owner_unit_id, owner_path, issuing_unit_id, issuing_path, lead_unit_id,"
          + " lead_unit_code, lead_path, title, source, external_ref, priority, livelihood,"
          + " immediate, weight, progress, progress_overridden, state, created_by, created_at,"
          + " updated_at) values (%d, 0, '%s', 2026, %s, null, '/x/', 0, 1, '/1/', 1, '/1/', 1,"
          + " '990100', '/1/', '任务', '%s', %s, 'NORMAL', false, false, %d, %d, false, '%s', 'p',"
          + " current_timestamp, current_timestamp)";

  @Test
  void theMigrationsCreateTheTablesAndRefuseBadRows() throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:planning-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");

    int applied =
        SchemaMigrator.configure(
                PlanningSchemaTest.class.getClassLoader(), dataSource, SCHEMA, DatabaseDialect.H2)
            .load()
            .migrate()
            .migrationsExecuted;

    assertThat(applied).isPositive();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet tables =
          statement.executeQuery(
              "select count(*) from information_schema.tables where lower(table_name) in"
                  + " ('pln_plan', 'pln_task', 'pln_task_unit', 'pln_task_milestone',"
                  + " 'pln_progress_report', 'pln_delay_request', 'pln_task_counter')")) {
        tables.next();
        assertThat(tables.getInt(1)).isEqualTo(7);
      }
      statement.execute(String.format(PLAN, 1, 2026, "CITY", 1, 1, "DRAFT"));
      assertThatThrownBy(
              () -> statement.execute(String.format(PLAN, 2, 2026, "CITY", 1, 1, "DRAFT")))
          .as("one plan per unit and year")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () -> statement.execute(String.format(PLAN, 3, 2026, "TOWNSHIP", 3, 3, "DRAFT")))
          .as("a known level")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () -> statement.execute(String.format(PLAN, 4, 1999, "CITY", 4, 4, "DRAFT")))
          .as("a year in range")
          .isInstanceOf(SQLException.class);
      statement.execute(String.format(PLAN, 5, 2027, "CITY", 1, 1, "PUBLISHED"));

      statement.execute(String.format(TASK, 1, "2026-000001", "1", "OTHER", "null", 1, 0, "DRAFT"));
      statement.execute(
          String.format(
              TASK, 2, "2026-000002", "null", "HOTLINE_12345", "'T-1'", 1, 0, "ASSIGNED"));
      statement.execute(
          String.format(TASK, 3, "2026-000003", "null", "OTHER", "null", 1, 0, "ASSIGNED"));
      assertThatThrownBy(
              () ->
                  statement.execute(
                      String.format(
                          TASK,
                          4,
                          "2026-000004",
                          "null",
                          "HOTLINE_12345",
                          "'T-1'",
                          1,
                          0,
                          "ASSIGNED")))
          .as("one task per source and reference")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  statement.execute(
                      String.format(TASK, 5, "2026-000001", "1", "OTHER", "null", 1, 0, "DRAFT")))
          .as("unique numbers")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  statement.execute(
                      String.format(TASK, 6, "2026-000006", "1", "OTHER", "null", 0, 0, "DRAFT")))
          .as("weight at least 1")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  statement.execute(
                      String.format(TASK, 7, "2026-000007", "1", "OTHER", "null", 1, 101, "DRAFT")))
          .as("progress at most 100")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  statement.execute(
                      String.format(TASK, 8, "2026-000008", "1", "OTHER", "null", 1, 0, "DONE")))
          .as("a known state")
          .isInstanceOf(SQLException.class);
      statement.execute(
          "insert into pln_task_milestone (task_id, sort_order, title, due_date, done)"
              + " values (1, 0, '摸底', date '2026-03-31', true)");
      statement.execute(
          "insert into pln_delay_request (id, task_id, reason, proposed_deadline,"
              + " previous_deadline, state, requested_by, requested_at) values (1, 1, 'r',"
              + " date '2026-07-31', date '2026-06-30', 'PENDING', 'h', current_timestamp)");
      statement.execute(
          "insert into pln_progress_report (id, task_id, percent, report_text, reported_by,"
              + " reported_at) values (1, 1, null, '文字报告', 'h', current_timestamp)");
      assertThatThrownBy(
              () ->
                  statement.execute(
                      "insert into pln_progress_report (id, task_id, percent, report_text,"
                          + " reported_by, reported_at) values (2, 1, 120, 'x', 'h',"
                          + " current_timestamp)"))
          .isInstanceOf(SQLException.class);
    }
  }
}
