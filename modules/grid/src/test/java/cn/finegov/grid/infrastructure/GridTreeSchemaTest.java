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

/** The grid tree's migration (V3) runs on H2 and its constraints hold. */
class GridTreeSchemaTest {

  private static final String GRID =
      "insert into grd_grid (id, version, grid_code, grid_level, parent_code, name, unit_code,"
          + " outline, area_m2, min_lat, max_lat, min_lon, max_lon, active, created_at,"
          + " updated_at) values (%d, 0, '%s', '%s', %s, 'n', 'u', %s, null, %s, %s, %s, %s,"
          + " true, current_timestamp, current_timestamp)";

  @Test
  void gridsAndGroupsAreStoredAndBadRowsRefused() throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:gridtree-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    SchemaMigrator.configure(
            GridTreeSchemaTest.class.getClassLoader(),
            dataSource,
            GridSchemaTest.SCHEMA,
            DatabaseDialect.H2)
        .load()
        .migrate();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          String.format(
              GRID, 1, "990102001", "STREET", "null", "null", "null", "null", "null", "null"));
      statement.execute(
          String.format(
              GRID,
              2,
              "990102001001001",
              "UNIT",
              "'990102001001'",
              "'{}'",
              "30.1",
              "30.2",
              "120.1",
              "120.2"));
      assertThatThrownBy(
              () ->
                  statement.execute(
                      String.format(
                          GRID,
                          3,
                          "990102001",
                          "STREET",
                          "null",
                          "null",
                          "null",
                          "null",
                          "null",
                          "null")))
          .as("one grid per code")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  statement.execute(
                      String.format(
                          GRID,
                          4,
                          "990102001001002",
                          "UNIT",
                          "'990102001001'",
                          "null",
                          "null",
                          "null",
                          "null",
                          "null")))
          .as("a unit grid has an outline")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  statement.execute(
                      String.format(
                          GRID,
                          5,
                          "990102001002",
                          "COMMUNITY",
                          "null",
                          "null",
                          "null",
                          "null",
                          "null",
                          "null")))
          .as("a community has a parent")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  statement.execute(
                      String.format(
                          GRID,
                          6,
                          "990102001001003",
                          "UNIT",
                          "'990102001001'",
                          "'{}'",
                          "30.3",
                          "30.2",
                          "120.1",
                          "120.2")))
          .as("a box's minimum is not above its maximum")
          .isInstanceOf(SQLException.class);

      statement.execute(
          "insert into grd_grid_group (id, version, grid_code, name, created_at, updated_at)"
              + " values (1, 0, '990102001001001', 'g', current_timestamp, current_timestamp)");
      statement.execute(
          "insert into grd_grid_group_member (group_id, position, member_type, leader, username,"
              + " person_name, phone) values (1, 0, 'GRID_WORKER', true, 'gridworker', '郑敏',"
              + " '13800000101')");
      assertThatThrownBy(
              () ->
                  statement.execute(
                      "insert into grd_grid_group_member (group_id, position, member_type, leader,"
                          + " person_name) values (1, 1, 'VOLUNTEER', false, 'x')"))
          .as("known member types only")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  statement.execute(
                      "insert into grd_grid_group (id, version, grid_code, name, created_at,"
                          + " updated_at) values (2, 0, '990102001001001', 'h', current_timestamp,"
                          + " current_timestamp)"))
          .as("one group per grid")
          .isInstanceOf(SQLException.class);
      try (ResultSet rows =
          statement.executeQuery(
              "select g.grid_code from grd_grid_group g join grd_grid_group_member m"
                  + " on m.group_id = g.id where m.username = 'gridworker'")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("990102001001001");
      }
    }
  }
}
