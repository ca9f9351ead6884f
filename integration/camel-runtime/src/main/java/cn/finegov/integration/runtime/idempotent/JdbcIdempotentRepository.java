package cn.finegov.integration.runtime.idempotent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * An idempotent repository in the table {@code int_idempotent_key}, one named repository per flow.
 * {@link #add(String)} is a single insert: the primary key makes it atomic across threads and
 * server instances. {@link #containing} and {@link #addAll} read and store a batch of keys.
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
    return containing(List.of(key)).contains(key);
  }

  /**
   * The keys given that are stored, in one query.
   *
   * @param keys at most a few hundred
   */
  public Set<String> containing(Collection<String> keys) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    String marks = String.join(", ", Collections.nCopies(keys.size(), "?"));
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select message_key from int_idempotent_key where repository = ? and message_key in ("
                    + marks
                    + ")")) {
      query.setString(1, name);
      int index = 2;
      for (String key : keys) {
        query.setString(index++, key);
      }
      Set<String> stored = new HashSet<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          stored.add(rows.getString(1));
        }
      }
      return stored;
    } catch (SQLException e) {
      throw new IllegalStateException("Idempotent repository " + name + " cannot be read", e);
    }
  }

  /**
   * Stores the keys given in one statement, which stores all or none of them; when one of them is
   * stored already (a concurrent copy took it first), they are stored one by one instead, each as
   * by {@link #add(String)}.
   *
   * @param keys at most a few hundred, no two equal
   * @return the keys stored by this call
   */
  public Set<String> addAll(Collection<String> keys) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    String rows = String.join(", ", Collections.nCopies(keys.size(), "(?, ?, ?)"));
    Timestamp now = Timestamp.from(clock.instant());
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into int_idempotent_key (repository, message_key, created_at) values "
                    + rows)) {
      int index = 1;
      for (String key : keys) {
        insert.setString(index++, name);
        insert.setString(index++, key);
        insert.setTimestamp(index++, now);
      }
      insert.executeUpdate();
      return new LinkedHashSet<>(keys);
    } catch (SQLException e) {
      if (!isDuplicate(e)) {
        throw new IllegalStateException("Idempotent repository " + name + " cannot store keys", e);
      }
    }
    Set<String> added = new LinkedHashSet<>();
    for (String key : keys) {
      if (add(key)) {
        added.add(key);
      }
    }
    return added;
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
