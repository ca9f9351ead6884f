package cn.finegov.grid.infrastructure;

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
class GridSchemaTest {

  static final ModuleSchema SCHEMA = new ModuleSchema("db/migration/grid", "grd_");

  @Test
  void theMigrationsCreateTheTablesAndRefuseBadRows() throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:grid-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");

    int applied =
        SchemaMigrator.configure(
                GridSchemaTest.class.getClassLoader(), dataSource, SCHEMA, DatabaseDialect.H2)
            .load()
            .migrate()
            .migrationsExecuted;

    assertThat(applied).isPositive();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet tables =
          statement.executeQuery(
              "select count(*) from information_schema.tables where lower(table_name) in"
                  + " ('grd_category', 'grd_case', 'grd_case_event', 'grd_case_counter')")) {
        tables.next();
        assertThat(tables.getInt(1)).isEqualTo(4);
      }
      String category =
          "insert into grd_category (id, version, case_kind, category_code, major_name, name,"
              + " file_unit, file_amount, dispatch_unit, dispatch_amount, sign_unit, sign_amount,"
              + " handle_unit, handle_amount, verify_unit, verify_amount, public_service, active)"
              + " values (%d, 0, '%s', '0101', '公用设施', '上水井盖', 'WORKING_HOURS', 60,"
              + " 'WORKING_HOURS', 60, 'WORKING_HOURS', 60, 'WORKING_DAYS', %d, 'WORKING_HOURS',"
              + " 60, true, true)";
      statement.execute(String.format(category, 1, "COMPONENT", 3));
      assertThatThrownBy(() -> statement.execute(String.format(category, 2, "COMPONENT", 3)))
          .as("one category per kind and code")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> statement.execute(String.format(category, 3, "EVENT", 0)))
          .as("no zero limit")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> statement.execute(String.format(category, 4, "THING", 3)))
          .as("component or event")
          .isInstanceOf(SQLException.class);
      statement.execute(String.format(category, 5, "EVENT", 3));
    }
  }
}
