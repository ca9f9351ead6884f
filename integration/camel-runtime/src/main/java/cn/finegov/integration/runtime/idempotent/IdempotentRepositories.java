package cn.finegov.integration.runtime.idempotent;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import javax.sql.DataSource;

/** Hands out persistent idempotent repositories by name, for route builders. */
@ApplicationScoped
public class IdempotentRepositories {

  @Resource(lookup = "jdbc/governance")
  private DataSource dataSource;

  @Inject private Clock clock;

  /** The repository {@code name}, e.g. {@code egov-orgsync-files}. */
  public JdbcIdempotentRepository named(String name) {
    return new JdbcIdempotentRepository(dataSource, name, clock);
  }
}
