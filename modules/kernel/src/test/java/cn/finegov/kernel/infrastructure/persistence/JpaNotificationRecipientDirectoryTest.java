package cn.finegov.kernel.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.infrastructure.migration.DatabaseDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recipient query ("everybody holding a permission for a unit") on the kernel's real schema
 * (all kernel migrations, the attachment and notification tables included) in H2.
 */
class JpaNotificationRecipientDirectoryTest {

  private JdbcDataSource dataSource;

  @BeforeEach
  void schema() throws SQLException {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:recipients-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/kernel")
        .table("krn_schema_history")
        .placeholders(DatabaseDialect.H2.placeholders())
        .load()
        .migrate();
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      // city 1 > district 2 > street 3; department 4 below the city
      sql.execute(unit(1, "990100", null, "/1/", true));
      sql.execute(unit(2, "990102", 1L, "/1/2/", true));
      sql.execute(unit(3, "990102001", 2L, "/1/2/3/", true));
      sql.execute(unit(4, "990100-ZW", 1L, "/1/4/", true));
      sql.execute(unit(5, "990103", 1L, "/1/5/", false));
      sql.execute(
          "insert into krn_role (code, name_zh, name_en, created_at, updated_at) values"
              + " ('CASE_HANDLER', '处置', 'Handler', current_timestamp, current_timestamp)");
      sql.execute(
          "insert into krn_role_permission (role_code, permission) values"
              + " ('CASE_HANDLER', 'grid.case.handle'), ('SYSTEM_ADMIN', 'kernel.notifications.monitor')");
      sql.execute(user(10, "street", 3, true));
      sql.execute(user(11, "district", 2, true));
      sql.execute(user(12, "cityhall", 4, true));
      sql.execute(user(13, "retired", 2, false));
      sql.execute(user(14, "other", 4, true));
      sql.execute(
          "insert into krn_user_role (user_id, role_code) values (10, 'CASE_HANDLER'),"
              + " (11, 'CASE_HANDLER'), (12, 'SYSTEM_ADMIN'), (13, 'CASE_HANDLER'),"
              + " (14, 'CASE_HANDLER')");
      // cityhall sits in a department but is granted the city; other is granted a deactivated unit
      sql.execute("insert into krn_user_scope (user_id, unit_id) values (12, 1), (14, 5)");
    }
  }

  @AfterEach
  void drop() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("shutdown");
    }
  }

  private static String unit(long id, String code, Long parent, String path, boolean active) {
    return "insert into krn_org_unit (id, code, name, unit_type, parent_id, path, active,"
        + " created_at, updated_at) values ("
        + id
        + ", '"
        + code
        + "', '"
        + code
        + "', '"
        + (parent == null ? "CITY" : "DEPARTMENT")
        + "', "
        + parent
        + ", '"
        + path
        + "', "
        + active
        + ", current_timestamp, current_timestamp)";
  }

  private static String user(long id, String name, long unit, boolean active) {
    return "insert into krn_user (id, username, display_name, unit_id, password_hash, active,"
        + " created_at, updated_at, password_changed_at) values ("
        + id
        + ", '"
        + name
        + "', '"
        + name
        + "', "
        + unit
        + ", 'x', "
        + active
        + ", current_timestamp, current_timestamp, current_timestamp)";
  }

  private List<String> holders(String permission, String unitPath) throws SQLException {
    String jdbc = JpaNotificationRecipientDirectory.HOLDERS_SQL.replaceAll("\\?\\d", "?");
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(jdbc)) {
      query.setString(1, permission);
      query.setString(2, unitPath);
      query.setString(3, unitPath);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
    }
    return names;
  }

  @Test
  void holdersAreThoseWhoseUnitIsTheUnitOrAbove() throws SQLException {
    assertThat(holders("grid.case.handle", "/1/2/3/")).containsExactly("district", "street");
    assertThat(holders("grid.case.handle", "/1/2/")).containsExactly("district");
  }

  @Test
  void aGrantedUnitCountsLikeTheOwnOne() throws SQLException {
    assertThat(holders("kernel.notifications.monitor", "/1/2/3/")).containsExactly("cityhall");
  }

  @Test
  void deactivatedPeopleAndDeactivatedGrantedUnitsDoNot() throws SQLException {
    assertThat(holders("grid.case.handle", "/1/5/")).isEmpty();
    assertThat(holders("grid.case.handle", "/1/4/")).containsExactly("other");
  }

  @Test
  void aPathIsNotConfusedWithALongerSibling() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(unit(21, "990121", 1L, "/1/21/", true));
    }
    assertThat(holders("grid.case.handle", "/1/21/")).isEmpty();
  }

  @Test
  void theNotificationTablesExist() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select table_name from information_schema.tables where table_name in"
                    + " ('KRN_ATTACHMENT', 'KRN_NOTIFICATION', 'KRN_NOTIFICATION_DELIVERY',"
                    + " 'KRN_NOTIFICATION_PREF', 'KRN_NOTIFICATION_PREF_CHANNEL')")) {
      List<String> tables = new ArrayList<>();
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
      assertThat(tables).hasSize(5);
    }
  }
}
