package cn.finegov.systemtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The test domain's PostgreSQL database, for what the API rightly does not allow (ageing a
 * password, tampering with the audit chain): {@code 127.0.0.1:<governance.test.pg.port>}, database
 * {@code governance_test}, user {@code governance}.
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static Connection connect() throws SQLException {
    String port = System.getProperty("governance.test.pg.port", "55432");
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/governance_test", "governance", "governance");
  }
}
