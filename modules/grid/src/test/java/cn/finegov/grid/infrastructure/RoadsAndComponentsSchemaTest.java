package cn.finegov.grid.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
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

/** Migration V4 (roads, chiefs, patrols, components) runs on H2 and its constraints hold. */
class RoadsAndComponentsSchemaTest {

  @Test
  void roadsPatrolsAndComponentsRefuseBadRows() throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:grid-roads-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    SchemaMigrator.configure(
            getClass().getClassLoader(),
            dataSource,
            new ModuleSchema("db/migration/grid", "grd_"),
            DatabaseDialect.H2)
        .load()
        .migrate();

    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      String segment =
          "insert into grd_road_segment (id, version, code, name, street_unit, geometry, length_m,"
              + " min_latitude, max_latitude, min_longitude, max_longitude, active)"
              + " values (%d, 0, '%s', '江滨路', '990102001', '{}', 10, 30, 30, 120, 120, true)";
      statement.execute(String.format(segment, 1, "WJ-1"));
      assertThatThrownBy(() -> statement.execute(String.format(segment, 2, "WJ-1")))
          .as("one segment per code")
          .isInstanceOf(SQLException.class);
      String chief =
          "insert into grd_road_chief (id, version, segment_id, tier, name, unit_code)"
              + " values (%d, 0, %d, '%s', '张三', '990102001')";
      statement.execute(String.format(chief, 1, 1, "DAILY_PATROL"));
      assertThatThrownBy(() -> statement.execute(String.format(chief, 2, 1, "MAYOR")))
          .as("three tiers")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> statement.execute(String.format(chief, 3, 99, "SUPERVISING")))
          .as("a chief of an existing segment")
          .isInstanceOf(SQLException.class);
      statement.execute(
          "insert into grd_patrol (id, version, segment_id, chief_username, started_at,"
              + " start_latitude, start_longitude, point_count, distance_m, auto_closed)"
              + " values (1, 0, 1, 'gridworker', current_timestamp, 30.27, 120.14, 0, 0, false)");
      statement.execute(
          "insert into grd_patrol_point (id, patrol_id, recorded_at, latitude, longitude)"
              + " values (1, 1, current_timestamp, 30.27, 120.14)");
      String component =
          "insert into grd_component (id, version, component_id, case_kind, category_code, name,"
              + " competent_unit, latitude, longitude, state, active, changed_at)"
              + " values (%d, 0, '%s', 'COMPONENT', '0101', '上水井盖', '990100-E01', 30.27,"
              + " 120.14, '%s', true, current_timestamp)";
      statement.execute(String.format(component, 1, "9901020101000001", "INTACT"));
      assertThatThrownBy(
              () -> statement.execute(String.format(component, 2, "9901020101000001", "INTACT")))
          .as("one component per id")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () -> statement.execute(String.format(component, 3, "9901020101000003", "BROKEN")))
          .as("four states")
          .isInstanceOf(SQLException.class);
      try (var rows = statement.executeQuery("select count(*) from grd_component")) {
        rows.next();
        assertThat(rows.getInt(1)).isEqualTo(1);
      }
    }
  }
}
