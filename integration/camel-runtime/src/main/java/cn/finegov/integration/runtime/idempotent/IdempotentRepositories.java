package cn.finegov.integration.runtime.idempotent;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import javax.sql.DataSource;
import org.apache.camel.spi.IdempotentRepository;

/** Hands out persistent idempotent repositories by name, for route builders. */
@ApplicationScoped
public class IdempotentRepositories {

  @Resource(lookup = "jdbc/governance")
  private DataSource dataSource;

  @Inject private Clock clock;

  /** The repository {@code name}, e.g. {@code egov-orgsync-files}. */
  public IdempotentRepository named(String name) {
    return keys(name);
  }

  /** The repository {@code name} with its operations on batches of keys. */
  public JdbcIdempotentRepository keys(String name) {
    return new JdbcIdempotentRepository(dataSource, name, clock);
  }
}
