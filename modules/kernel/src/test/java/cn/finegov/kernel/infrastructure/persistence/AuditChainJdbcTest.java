package cn.finegov.kernel.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.application.module.KernelModule;
import cn.finegov.kernel.domain.model.audit.AuditChain;
import cn.finegov.kernel.domain.model.audit.ChainBreak;
import cn.finegov.kernel.domain.model.audit.ChainState;
import cn.finegov.kernel.domain.model.audit.HashAlgorithm;
import cn.finegov.kernel.domain.model.audit.PurgeResult;
import cn.finegov.kernel.domain.model.audit.VerificationOutcome;
import cn.finegov.kernel.infrastructure.migration.DatabaseDialect;
import cn.finegov.kernel.infrastructure.migration.SchemaMigrator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.Location;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chain's SQL on the real kernel schema (all migrations, on H2 in memory): sealing committed
 * entries in id order, verifying, finding a changed or missing row, purging a verified prefix.
 */
class AuditChainJdbcTest {

  private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
  private static final Instant OLD = Instant.parse("2025-01-01T08:00:00Z");

  private final AuditChainJdbc chain = new AuditChainJdbc();
  private JdbcDataSource dataSource;
  private Connection connection;

  @BeforeEach
  void migratedDatabase() throws SQLException {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    SchemaMigrator.configure(
            KernelModule.class.getClassLoader(),
            dataSource,
            new KernelModule().schema().orElseThrow(),
            DatabaseDialect.H2)
        .load()
        .migrate();
    connection = dataSource.getConnection();
    connection.setAutoCommit(false);
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    connection.rollback();
    try (Statement statement = connection.createStatement()) {
      statement.execute("shutdown");
    }
  }

  @Test
  void anEmptyChainStartsAtGenesisAndIsIntact() throws SQLException {
    ChainState state = chain.state(connection);

    assertThat(state.lastSeq()).isZero();
    assertThat(state.lastHash()).isEqualTo(AuditChain.GENESIS);
    assertThat(state.anchorSeq()).isZero();
    assertThat(chain.verify(connection).intact()).isTrue();
  }

  @Test
  void committedEntriesAreSealedInIdOrderWithAGapFreeSequence() throws SQLException {
    insert(30, NOW);
    insert(10, NOW);
    insert(20, NOW);

    assertThat(seal(HashAlgorithm.SM3, 100)).isEqualTo(3);

    assertThat(links()).containsExactly("10:1:SM3", "20:2:SM3", "30:3:SM3");
    assertThat(count("krn_audit_pending")).as("moved, not copied").isZero();
    assertThat(count("krn_audit_log")).as("the log shows each entry once").isEqualTo(3);
    ChainState state = chain.state(connection);
    assertThat(state.lastSeq()).isEqualTo(3);
    assertThat(state.lastEntryId()).isEqualTo(30);
    assertThat(state.sealedAt()).isEqualTo(NOW);
    assertThat(state.lastHash()).isEqualTo(hashOf(30));
    assertThat(chain.unsealedCount(connection)).isZero();
  }

  @Test
  void anEntryIsShownOnceWhileItsPendingRowOutlivesItsSealedCopy() throws SQLException {
    insert(40, NOW);
    seal(HashAlgorithm.SM3, 100);
    String columns =
        "id, occurred_at, actor, actor_name, actor_unit, actor_unit_path, client_address,"
            + " entity_type, entity_id, action, before_values, after_values";
    try (Statement statement = connection.createStatement()) {
      // The state between the sealer's insert of the copy and its delete of the pending row.
      statement.execute(
          "insert into krn_audit_pending ("
              + columns
              + ") select "
              + columns
              + " from krn_audit_entry where id = 40");
    }

    assertThat(count("krn_audit_pending")).isEqualTo(1);
    assertThat(count("krn_audit_log where id = 40")).isEqualTo(1);
    assertThat(count("krn_audit_log where id = 40 and chain_seq = 1")).isEqualTo(1);
  }

  @Test
  void anEntryCommittedLaterWithALowerIdIsSealedNext() throws SQLException {
    insert(50, NOW);
    insert(51, NOW);
    seal(HashAlgorithm.SM3, 100);
    insert(7, NOW); // an id handed out earlier, committed after the others were sealed

    seal(HashAlgorithm.SM3, 100);

    assertThat(links()).containsExactly("7:3:SM3", "50:1:SM3", "51:2:SM3");
    assertThat(chain.verify(connection).intact()).isTrue();
  }

  @Test
  void aBatchSealsAtMostItsSizeAndTheNextOneGoesOn() throws SQLException {
    for (long id = 1; id <= 5; id++) {
      insert(id, NOW);
    }

    assertThat(seal(HashAlgorithm.SM3, 2)).isEqualTo(2);
    assertThat(chain.unsealedCount(connection)).isEqualTo(3);
    assertThat(count("krn_audit_log where chain_seq is null")).isEqualTo(3);
    assertThat(count("krn_audit_log")).isEqualTo(5);
    assertThat(seal(HashAlgorithm.SM3, 2)).isEqualTo(2);
    assertThat(seal(HashAlgorithm.SM3, 2)).isEqualTo(1);
    assertThat(seal(HashAlgorithm.SM3, 2)).isZero();

    VerificationOutcome outcome = chain.verify(connection);
    assertThat(outcome.intact()).isTrue();
    assertThat(outcome.verifiedUpTo()).isEqualTo(5);
  }

  @Test
  void aSwitchOfHashFunctionBetweenBatchesStillVerifies() throws SQLException {
    insert(1, NOW);
    insert(2, NOW);
    seal(HashAlgorithm.SM3, 100);
    insert(3, NOW);
    seal(HashAlgorithm.SHA_256, 100);

    assertThat(links()).containsExactly("1:1:SM3", "2:2:SM3", "3:3:SHA-256");
    assertThat(chain.verify(connection).intact()).isTrue();
  }

  @Test
  void aRowChangedInTheTableIsFoundAtItsLink() throws SQLException {
    for (long id = 1; id <= 6; id++) {
      insert(id, NOW);
    }
    seal(HashAlgorithm.SM3, 100);
    execute("update krn_audit_entry set after_values = '{\"name\":\"篡改\"}' where id = 4");

    VerificationOutcome outcome = chain.verify(connection);

    assertThat(outcome.intact()).isFalse();
    assertThat(outcome.verifiedUpTo()).isEqualTo(3);
    assertThat(outcome.broken().seq()).isEqualTo(4);
    assertThat(outcome.broken().entryId()).isEqualTo(4);
    assertThat(outcome.broken().problem()).isEqualTo(ChainBreak.Problem.CONTENT_CHANGED);
  }

  @Test
  void aDeletedRowIsFoundAsAGap() throws SQLException {
    for (long id = 1; id <= 6; id++) {
      insert(id, NOW);
    }
    seal(HashAlgorithm.SM3, 100);
    execute("delete from krn_audit_entry where id = 2");

    ChainBreak broken = chain.verify(connection).broken();

    assertThat(broken.seq()).isEqualTo(2);
    assertThat(broken.entryId()).isEqualTo(3);
    assertThat(broken.problem()).isEqualTo(ChainBreak.Problem.MISSING_ENTRY);
  }

  @Test
  void aPurgeRemovesTheOldPrefixAndTheChainVerifiesFromTheNewAnchor() throws SQLException {
    insert(1, OLD);
    insert(2, OLD.plusSeconds(60));
    insert(3, OLD.plusSeconds(120));
    insert(4, NOW);
    seal(HashAlgorithm.SM3, 100);
    String third = hashOf(3);

    PurgeResult result = chain.purgeBefore(connection, OLD.plusSeconds(3600), NOW);

    assertThat(result.refused()).isFalse();
    assertThat(result.deleted()).isEqualTo(3);
    assertThat(result.anchorSeq()).isEqualTo(3);
    assertThat(result.anchorHash()).isEqualTo(third);
    assertThat(ids()).containsExactly(4L);
    ChainState state = chain.state(connection);
    assertThat(state.anchorSeq()).isEqualTo(3);
    assertThat(state.anchorHash()).isEqualTo(third);
    assertThat(state.anchoredAt()).isEqualTo(NOW);
    VerificationOutcome outcome = chain.verify(connection);
    assertThat(outcome.intact()).isTrue();
    assertThat(outcome.anchorSeq()).isEqualTo(3);
    assertThat(outcome.checked()).isEqualTo(1);

    insert(5, NOW);
    seal(HashAlgorithm.SHA_256, 100);
    assertThat(chain.verify(connection).intact()).isTrue();
    assertThat(chain.purgeBefore(connection, OLD.plusSeconds(3600), NOW).deleted()).isZero();
  }

  @Test
  void aPurgeStopsAtTheFirstEntryThatIsNotOldEnough() throws SQLException {
    insert(1, OLD);
    insert(2, NOW);
    insert(3, OLD); // sealed after a young entry: stays, so that the chain stays whole
    seal(HashAlgorithm.SM3, 100);

    PurgeResult result = chain.purgeBefore(connection, OLD.plusSeconds(3600), NOW);

    assertThat(result.deleted()).isEqualTo(1);
    assertThat(ids()).containsExactly(2L, 3L);
    assertThat(chain.verify(connection).intact()).isTrue();
  }

  @Test
  void unsealedEntriesAreNeverPurged() throws SQLException {
    insert(1, OLD);
    seal(HashAlgorithm.SM3, 100);
    insert(2, OLD);

    assertThat(chain.purgeBefore(connection, NOW, NOW).deleted()).isEqualTo(1);
    assertThat(ids()).containsExactly(2L);
  }

  @Test
  void aPurgeOfEntriesThatDoNotVerifyIsRefusedAndDeletesNothing() throws SQLException {
    insert(1, OLD);
    insert(2, OLD);
    insert(3, NOW);
    seal(HashAlgorithm.SM3, 100);
    execute("update krn_audit_entry set actor = 'someone-else' where id = 1");

    PurgeResult result = chain.purgeBefore(connection, OLD.plusSeconds(3600), NOW);

    assertThat(result.refused()).isTrue();
    assertThat(result.refusal().seq()).isEqualTo(1);
    assertThat(ids()).containsExactly(1L, 2L, 3L);
    assertThat(chain.state(connection).anchorSeq()).isZero();
  }

  @Test
  void theDatabaseClockIsRead() throws SQLException {
    Instant before = Instant.now().minusSeconds(5);

    assertThat(chain.databaseTime(connection)).isAfter(before);
  }

  @Test
  void theDatabaseGuardMigrationsRunOnPostgreSqlOnly() {
    var schema = new KernelModule().schema().orElseThrow();
    ClassLoader loader = KernelModule.class.getClassLoader();

    assertThat(locations(SchemaMigrator.configure(loader, null, schema, DatabaseDialect.H2)))
        .containsExactly("db/migration/kernel");
    assertThat(
            locations(SchemaMigrator.configure(loader, null, schema, DatabaseDialect.POSTGRESQL)))
        .containsExactly("db/migration/kernel", "db/migration/kernel-postgresql");
  }

  // --- helpers ---

  private static List<String> locations(org.flywaydb.core.api.configuration.Configuration config) {
    List<String> paths = new ArrayList<>();
    for (Location location : config.getLocations()) {
      paths.add(location.getPath());
    }
    return paths;
  }

  private int seal(HashAlgorithm algorithm, int max) throws SQLException {
    int sealed = chain.sealNext(connection, algorithm, max, NOW);
    connection.commit();
    return sealed;
  }

  private void insert(long id, Instant at) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into krn_audit_pending (id, occurred_at, actor, actor_name, actor_unit,"
                + " actor_unit_path, client_address, entity_type, entity_id, action,"
                + " before_values, after_values) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, id);
      insert.setObject(2, at.atOffset(ZoneOffset.UTC));
      insert.setString(3, "sysadmin");
      insert.setString(4, "王建国");
      insert.setString(5, "990100-ZW");
      insert.setString(6, "/1/7/");
      insert.setString(7, "10.0.0.1");
      insert.setString(8, "OrgUnit");
      insert.setString(9, Long.toString(id));
      insert.setString(10, "UPDATE");
      insert.setString(11, id % 2 == 0 ? null : "{\"name\":\"旧\"}");
      insert.setString(12, "{\"name\":\"新 " + id + "\"}");
      insert.executeUpdate();
    }
    connection.commit();
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
    connection.commit();
  }

  private long count(String from) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select count(*) from " + from)) {
      row.next();
      return row.getLong(1);
    }
  }

  private List<String> links() throws SQLException {
    List<String> links = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select id, chain_seq, hash_algorithm from krn_audit_entry order by id")) {
      while (rows.next()) {
        links.add(rows.getLong(1) + ":" + rows.getLong(2) + ":" + rows.getString(3));
      }
    }
    return links;
  }

  private List<Long> ids() throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select id from krn_audit_log order by id")) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  private String hashOf(long id) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("select entry_hash from krn_audit_entry where id = ?")) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getString(1);
      }
    }
  }
}
