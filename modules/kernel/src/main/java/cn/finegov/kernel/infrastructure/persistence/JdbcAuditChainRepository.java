package cn.finegov.kernel.infrastructure.persistence;

import cn.finegov.kernel.domain.model.audit.AuditChainRepository;
import cn.finegov.kernel.domain.model.audit.ChainState;
import cn.finegov.kernel.domain.model.audit.HashAlgorithm;
import cn.finegov.kernel.domain.model.audit.PurgeResult;
import cn.finegov.kernel.domain.model.audit.VerificationOutcome;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The audit chain on the suite's data source ({@code jdbc/governance}, the one behind the
 * persistence unit), through {@link AuditChainJdbc}: inside a transaction the container hands out
 * the transaction's connection, so the chain's SQL and the JPA work of the same transaction commit
 * together.
 */
@ApplicationScoped
public class JdbcAuditChainRepository implements AuditChainRepository {

  private final AuditChainJdbc jdbc = new AuditChainJdbc();

  @Resource(lookup = "jdbc/governance")
  private DataSource dataSource;

  @Inject private Clock clock;

  @Override
  public ChainState state() {
    return run(jdbc::state);
  }

  @Override
  public int sealNext(HashAlgorithm algorithm, int max) {
    return run(connection -> jdbc.sealNext(connection, algorithm, max, clock.instant()));
  }

  @Override
  public long unsealedCount() {
    return run(jdbc::unsealedCount);
  }

  @Override
  public VerificationOutcome verify() {
    return run(jdbc::verify);
  }

  @Override
  public PurgeResult purgeBefore(Instant before) {
    return run(connection -> jdbc.purgeBefore(connection, before, clock.instant()));
  }

  @Override
  public Instant databaseTime() {
    return run(jdbc::databaseTime);
  }

  private <T> T run(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.on(connection);
    } catch (SQLException e) {
      throw new PersistenceException("Audit chain: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T on(Connection connection) throws SQLException;
  }
}
