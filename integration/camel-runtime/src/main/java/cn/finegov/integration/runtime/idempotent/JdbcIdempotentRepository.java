package cn.finegov.integration.runtime.idempotent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * An idempotent repository in the table {@code int_idempotent_key}, one named repository per flow.
 * {@link #add(String)} is a single insert: the primary key makes it atomic across threads and
 * server instances.
 */
public class JdbcIdempotentRepository extends ServiceSupport implements IdempotentRepository {

  private final DataSource dataSource;
  private final String name;
  private final Clock clock;

  public JdbcIdempotentRepository(DataSource dataSource, String name, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.name = Objects.requireNonNull(name, "name");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public String name() {
    return name;
  }

  @Override
  public boolean add(String key) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into int_idempotent_key (repository, message_key, created_at) values (?, ?, ?)")) {
      insert.setString(1, name);
      insert.setString(2, key);
      insert.setTimestamp(3, Timestamp.from(clock.instant()));
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (isDuplicate(e)) {
        return false;
      }
      throw new IllegalStateException(
          "Idempotent repository " + name + " cannot store key " + key, e);
    }
  }

  @Override
  public boolean contains(String key) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select 1 from int_idempotent_key where repository = ? and message_key = ?")) {
      query.setString(1, name);
      query.setString(2, key);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Idempotent repository " + name + " cannot be read", e);
    }
  }

  @Override
  public boolean remove(String key) {
    return update("delete from int_idempotent_key where repository = ? and message_key = ?", key)
        > 0;
  }

  @Override
  public boolean confirm(String key) {
    return true;
  }

  @Override
  public void clear() {
    update("delete from int_idempotent_key where repository = ?", null);
  }

  private int update(String sql, String key) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, name);
      if (key != null) {
        statement.setString(2, key);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Idempotent repository " + name + " cannot be changed", e);
    }
  }

  /**
   * SQL state class 23 is an integrity constraint violation (a duplicate key here) in every
   * database.
   */
  static boolean isDuplicate(SQLException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }
}
