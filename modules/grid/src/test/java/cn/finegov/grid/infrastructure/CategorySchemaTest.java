package cn.finegov.grid.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.infrastructure.migration.DatabaseDialect;
import cn.finegov.kernel.infrastructure.migration.SchemaMigrator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** V5 (routing rules, Open311 requests) runs on H2 and its constraints hold. */
class CategorySchemaTest {

  @Test
  void routingRulesNeedACategoryOrAGridAndOpen311RequestsAreUnique() throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:grid-routing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    SchemaMigrator.configure(
            CategorySchemaTest.class.getClassLoader(),
            dataSource,
            GridSchemaTest.SCHEMA,
            DatabaseDialect.H2)
        .load()
        .migrate();

    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      String rule =
          "insert into grd_routing_rule (id, version, case_kind, category_code, grid_code,"
              + " unit_code) values (%d, 0, %s, %s, %s, '990102-CG')";
      statement.execute(String.format(rule, 1, "'EVENT'", "'0401'", "'990102001'"));
      statement.execute(String.format(rule, 2, "'EVENT'", "'0401'", "null"));
      statement.execute(String.format(rule, 3, "null", "null", "'990102001'"));
      assertThatThrownBy(() -> statement.execute(String.format(rule, 4, "null", "null", "null")))
          .as("a rule for everything everywhere")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () -> statement.execute(String.format(rule, 5, "'EVENT'", "null", "'990102001'")))
          .as("a kind without a code")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () -> statement.execute(String.format(rule, 6, "'THING'", "'0401'", "null")))
          .as("component or event")
          .isInstanceOf(SQLException.class);

      String request =
          "insert into grd_open311_request (id, token, case_number, service_code, client,"
              + " requested_at) values (%d, '%s', '%s', 'E0401', 'apikey:x',"
              + " timestamp with time zone '2026-03-02 10:00:00+08:00')";
      statement.execute(String.format(request, 1, "t-1", "990102-2026-000001"));
      assertThatThrownBy(
              () -> statement.execute(String.format(request, 2, "t-1", "990102-2026-000002")))
          .as("one token per request")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () -> statement.execute(String.format(request, 3, "t-3", "990102-2026-000001")))
          .as("one request per case")
          .isInstanceOf(SQLException.class);
      try (ResultSet count = statement.executeQuery("select count(*) from grd_routing_rule")) {
        count.next();
        assertThat(count.getInt(1)).isEqualTo(3);
      }
    }
  }
}
