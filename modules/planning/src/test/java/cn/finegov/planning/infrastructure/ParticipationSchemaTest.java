package cn.finegov.planning.infrastructure;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.module.ModuleSchema;
import cn.finegov.kernel.infrastructure.migration.DatabaseDialect;
import cn.finegov.kernel.infrastructure.migration.SchemaMigrator;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The participation migration (V2) runs on H2 and its constraints refuse incomplete answers. */
class ParticipationSchemaTest {

  private static final String ROUND =
      "insert into pln_solicitation (id, version, round_year, unit_id, unit_code, unit_path, title,"
          + " channels, opens_on, closes_on, state, created_by, created_at) values (%d, 0, 2027, 7,"
          + " '990102', '/1/7/', '征集', 'MEDIA', date '2026-11-01', date '%s', 'OPEN', 'p',"
          + " current_timestamp)";

  private static final String PROPOSAL =
      "insert into pln_proposal (id, version, round_id, channel, title, received_on, unit_id,"
          + " unit_code, unit_path, state, answer, merged_into_id, task_number, recorded_by,"
          + " recorded_at) values (%d, 0, 1, 'MEDIA', '建议', date '2026-11-02', 7, '990102',"
          + " '/1/7/', '%s', %s, %s, %s, 'p', current_timestamp)";

  private static final String SCORE =
      "insert into pln_evaluation_score (id, version, evaluation_id, plan_id, plan_title, unit_id,"
          + " unit_code, unit_path, satisfied, basically_satisfied, dissatisfied, recorded_by,"
          + " recorded_at) values (%d, 0, 1, %d, '计划', 7, '990102', '/1/7/', %d, %d, %d, 'p',"
          + " current_timestamp)";

  @Test
  void theTablesExistAndRefuseIncompleteAnswers() throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:participation-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    SchemaMigrator.configure(
            ParticipationSchemaTest.class.getClassLoader(),
            dataSource,
            new ModuleSchema("db/migration/planning", "pln_"),
            DatabaseDialect.H2)
        .load()
        .migrate();

    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(String.format(ROUND, 1, "2026-11-30"));
      assertThatThrownBy(() -> statement.execute(String.format(ROUND, 2, "2026-10-30")))
          .as("closing before opening")
          .isInstanceOf(SQLException.class);

      statement.execute(String.format(PROPOSAL, 1, "RECEIVED", "null", "null", "null"));
      statement.execute(String.format(PROPOSAL, 2, "MERGED", "null", "1", "null"));
      statement.execute(String.format(PROPOSAL, 3, "NOT_ADOPTED", "'理由'", "null", "null"));
      statement.execute(String.format(PROPOSAL, 4, "ADOPTED", "null", "null", "'2027-000001'"));
      assertThatThrownBy(
              () ->
                  statement.execute(
                      String.format(PROPOSAL, 5, "NOT_ADOPTED", "null", "null", "null")))
          .as("not adopted without a reason")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () -> statement.execute(String.format(PROPOSAL, 6, "MERGED", "null", "null", "null")))
          .as("merged into nothing")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  statement.execute(String.format(PROPOSAL, 7, "ADOPTED", "null", "null", "null")))
          .as("adopted without a task")
          .isInstanceOf(SQLException.class);

      statement.execute(
          "insert into pln_plan (id, version, plan_year, plan_level, owner_unit_id,"
              + " owner_unit_code, owner_path, title, state, created_by, created_at, updated_at)"
              + " values (1, 0, 2026, 'STREET', 9, '990102001', '/1/7/9/', '计划', 'PUBLISHED', 'p',"
              + " current_timestamp, current_timestamp)");
      statement.execute(
          "insert into pln_evaluation (id, version, eval_year, plan_level, unit_id, unit_code,"
              + " unit_path, title, state, created_by, created_at) values (1, 0, 2026, 'STREET', 7,"
              + " '990102', '/1/7/', '测评', 'OPEN', 'p', current_timestamp)");
      assertThatThrownBy(
              () ->
                  statement.execute(
                      "insert into pln_evaluation (id, version, eval_year, plan_level, unit_id,"
                          + " unit_code, unit_path, title, state, created_by, created_at) values"
                          + " (2, 0, 2026, 'STREET', 7, '990102', '/1/7/', '测评', 'OPEN', 'p',"
                          + " current_timestamp)"))
          .as("one round per unit, year and level")
          .isInstanceOf(SQLException.class);
      statement.execute(String.format(SCORE, 1, 1, 30, 10, 2));
      assertThatThrownBy(() -> statement.execute(String.format(SCORE, 2, 1, 3, 0, 0)))
          .as("a second score of the plan")
          .isInstanceOf(SQLException.class);
      statement.execute(
          "insert into pln_plan (id, version, plan_year, plan_level, owner_unit_id,"
              + " owner_unit_code, owner_path, title, state, created_by, created_at, updated_at)"
              + " values (2, 0, 2026, 'STREET', 10, '990102002', '/1/7/10/', '计划', 'PUBLISHED',"
              + " 'p', current_timestamp, current_timestamp)");
      assertThatThrownBy(() -> statement.execute(String.format(SCORE, 3, 2, 0, 0, 0)))
          .as("no votes")
          .isInstanceOf(SQLException.class);
    }
  }
}
