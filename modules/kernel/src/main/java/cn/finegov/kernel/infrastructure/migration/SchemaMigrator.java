package cn.finegov.kernel.infrastructure.migration;

import cn.finegov.kernel.api.module.GovernanceModule;
import cn.finegov.kernel.api.module.ModuleSchema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the schema of every installed module at deployment, kernel first, each module with its
 * own history table. Startup beans that use the database declare
 * {@code @DependsOn("SchemaMigrator")}. A failed migration fails the deployment: the application
 * never runs on a schema it does not know.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Resource(lookup = "jdbc/governance")
  private DataSource dataSource;

  @Inject @Any private Instance<GovernanceModule> modules;

  @PostConstruct
  void migrateInstalledModules() {
    DatabaseDialect dialect = dialect();
    List<GovernanceModule> ordered =
        modules.stream().sorted(Comparator.comparingInt(GovernanceModule::order)).toList();
    for (GovernanceModule module : ordered) {
      module.schema().ifPresent(schema -> migrate(module, schema, dialect));
    }
  }

  private void migrate(GovernanceModule module, ModuleSchema schema, DatabaseDialect dialect) {
    Flyway flyway =
        configure(module.getClass().getClassLoader(), dataSource, schema, dialect).load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            String.format(
                "Schema of module '%s' (%s): %d migration(s) applied, now at version %s",
                module.key(), dialect, result.migrationsExecuted, result.targetSchemaVersion));
  }

  /**
   * The Flyway configuration of one module's schema: its location and, when the class path has it,
   * the location of its migrations for this database only ({@code <location>-postgresql}, {@code
   * <location>-h2}), whose versions interleave with the common ones.
   */
  public static FluentConfiguration configure(
      ClassLoader classLoader,
      DataSource dataSource,
      ModuleSchema schema,
      DatabaseDialect dialect) {
    List<String> locations = new ArrayList<>();
    locations.add("classpath:" + schema.location());
    String dialectLocation = schema.location() + "-" + dialect.name().toLowerCase(Locale.ROOT);
    try {
      if (classLoader.getResources(dialectLocation).hasMoreElements()) {
        locations.add("classpath:" + dialectLocation);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Flyway.configure(classLoader)
        .dataSource(dataSource)
        .locations(locations.toArray(String[]::new))
        .table(schema.historyTable())
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .placeholders(dialect.placeholders());
  }

  private DatabaseDialect dialect() {
    try (Connection connection = dataSource.getConnection()) {
      return DatabaseDialect.ofProductName(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("The database behind jdbc/governance cannot be reached", e);
    }
  }
}
