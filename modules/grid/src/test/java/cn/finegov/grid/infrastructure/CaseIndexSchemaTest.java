package cn.finegov.grid.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.infrastructure.migration.DatabaseDialect;
import cn.finegov.kernel.infrastructure.migration.SchemaMigrator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The case indexes of the benchmark (V6, V8) are created on H2, on the columns the inboxes ask for.
 */
class CaseIndexSchemaTest {

  @Test
  void inboxOrderAndAreaUnitIndexesExist() throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:caseindex-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    SchemaMigrator.configure(
            CaseIndexSchemaTest.class.getClassLoader(),
            dataSource,
            GridSchemaTest.SCHEMA,
            DatabaseDialect.H2)
        .load()
        .migrate();
    try (Connection connection = dataSource.getConnection()) {
      assertThat(columns(connection, "GRD_CASE_INBOX_ORDER_IX"))
          .containsExactly("SUPERVISED", "STAGE_DUE_AT", "ID");
      assertThat(columns(connection, "GRD_CASE_SUPERVISED_IX")).as("replaced by V8").isEmpty();
      assertThat(columns(connection, "GRD_CASE_AREA_UNIT_IX"))
          .containsExactly("AREA_UNIT", "STATE", "STAGE_DUE_AT");
    }
  }

  private static List<String> columns(Connection connection, String index) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select column_name from information_schema.index_columns"
                + " where index_name = ? and table_name = 'GRD_CASE' order by ordinal_position")) {
      statement.setString(1, index);
      List<String> names = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
      return names;
    }
  }
}
