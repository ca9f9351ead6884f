package cn.finegov.kernel.infrastructure.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.module.GovernanceModule;
import cn.finegov.kernel.api.module.MenuEntry;
import cn.finegov.kernel.api.module.ModuleSchema;
import cn.finegov.kernel.application.module.KernelModule;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the real {@link SchemaMigrator} with the kernel's real migrations against an in-memory H2
 * database, then checks the resulting schema with plain JDBC. The container's injection is replaced
 * by setting the two fields.
 */
class SchemaMigratorTest {

  private JdbcDataSource dataSource;

  @BeforeEach
  void newDatabase() {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:kernel-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("");
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("shutdown");
    }
  }

  @Test
  void theKernelSchemaIsCreated() throws SQLException {
    migrate(new KernelModule());

    assertThat(tables())
        .contains(
            "KRN_ORG_UNIT",
            "KRN_USER",
            "KRN_USER_ROLE",
            "KRN_AUDIT_ENTRY",
            "KRN_MODULE_STATE",
            // Flyway creates its table with a quoted, lower-case name.
            "krn_schema_history");
  }

  @Test
  void exactlyTheKernelsOwnMigrationsAreRecordedInItsHistoryTable()
      throws SQLException, IOException, URISyntaxException {
    migrate(new KernelModule());

    assertThat(appliedScripts("krn_schema_history"))
        .isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(kernelScripts());
    assertThat(tables()).noneMatch(table -> table.toLowerCase(Locale.ROOT).startsWith("tst_"));
  }

  @Test
  void unboundedTextUsesTheH2Placeholder() throws SQLException {
    migrate(new KernelModule());

    assertThat(columnType("KRN_AUDIT_ENTRY", "BEFORE_VALUES")).isEqualTo("CHARACTER LARGE OBJECT");
    assertThat(columnType("KRN_AUDIT_ENTRY", "AFTER_VALUES")).isEqualTo("CHARACTER LARGE OBJECT");
  }

  @Test
  void sequencesStartAtTheirIncrementOfFiftyAsEclipseLinkPreallocationNeeds() throws SQLException {
    migrate(new KernelModule());

    for (String sequence : List.of("krn_org_unit_seq", "krn_user_seq", "krn_audit_entry_seq")) {
      assertThat(nextValue(sequence)).as(sequence).isEqualTo(50L);
      assertThat(nextValue(sequence)).as(sequence).isEqualTo(100L);
    }
  }

  @Test
  void anOrgUnitWithAKnownTypeCanBeStored() throws SQLException {
    migrate(new KernelModule());

    insertUnit(1, "990100", "CITY", null);
    insertUnit(5, "990102", "DISTRICT", 1L);

    assertThat(count("select count(*) from krn_org_unit")).isEqualTo(2);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "select sort_order, active, version from krn_org_unit where id = 5")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getInt("sort_order")).isZero();
      assertThat(row.getBoolean("active")).isTrue();
      assertThat(row.getLong("version")).isZero();
    }
  }

  @Test
  void anOrgUnitTypeOutsideTheCheckConstraintIsRefused() throws SQLException {
    migrate(new KernelModule());

    assertThatThrownBy(() -> insertUnit(1, "990100", "PROVINCE", null))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("KRN_ORG_UNIT_TYPE_CK");
    assertThat(count("select count(*) from krn_org_unit")).isZero();
  }

  @Test
  void unitCodesAreUnique() throws SQLException {
    migrate(new KernelModule());
    insertUnit(1, "990100", "CITY", null);

    assertThatThrownBy(() -> insertUnit(2, "990100", "DISTRICT", 1L))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("KRN_ORG_UNIT_CODE_UK");
    assertThat(count("select count(*) from krn_org_unit")).isEqualTo(1);
  }

  @Test
  void aParentMustExist() throws SQLException {
    migrate(new KernelModule());

    assertThatThrownBy(() -> insertUnit(2, "990102", "DISTRICT", 99L))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("KRN_ORG_UNIT_PARENT_FK");
  }

  @Test
  void usernamesAreUniqueAndUsersBelongToAnExistingUnit() throws SQLException {
    migrate(new KernelModule());
    insertUnit(1, "990100", "CITY", null);
    insertUser(50, "zhangsan", 1);

    assertThatThrownBy(() -> insertUser(51, "zhangsan", 1))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("KRN_USER_USERNAME_UK");
    assertThatThrownBy(() -> insertUser(52, "lisi", 99))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("KRN_USER_UNIT_FK");
  }

  @Test
  void migratingAnUpToDateSchemaAgainChangesNothing() throws SQLException {
    migrate(new KernelModule());
    insertUnit(1, "990100", "CITY", null);
    int history = count("select count(*) from \"krn_schema_history\"");

    migrate(new KernelModule());

    assertThat(count("select count(*) from \"krn_schema_history\"")).isEqualTo(history);
    assertThat(count("select count(*) from krn_org_unit")).isEqualTo(1);
  }

  @Test
  void theKernelIsMigratedFirstAndAModuleOnTheNonEmptySchemaStillGetsItsFirstMigration()
      throws SQLException {
    // Listed before the kernel: its migration refers to krn_org_unit, so it only succeeds when the
    // migrator orders by module order. Its history table is new on a schema that already has
    // tables: with Flyway's default baseline version 1, its V1 would be skipped.
    migrate(new TestModule("testmodule", "db/migration/testmodule", 50), new KernelModule());

    assertThat(tables()).contains("TST_PROBE", "tst_schema_history");
    assertThat(appliedScripts("tst_schema_history")).containsExactly("V1__probe.sql");
    assertThat(appliedScripts("krn_schema_history")).doesNotContain("V1__probe.sql");
    assertThat(columnType("TST_PROBE", "PAYLOAD")).isEqualTo("BINARY LARGE OBJECT");
  }

  @Test
  void aFailingMigrationFailsTheStartup() {
    SchemaMigrator migrator =
        migrator(new KernelModule(), new TestModule("broken", "db/migration/broken", 60));

    assertThatThrownBy(migrator::migrateInstalledModules).isInstanceOf(FlywayException.class);
  }

  // --- helpers ---

  private void migrate(GovernanceModule... modules) {
    migrator(modules).migrateInstalledModules();
  }

  private SchemaMigrator migrator(GovernanceModule... modules) {
    SchemaMigrator migrator = new SchemaMigrator();
    inject(migrator, "dataSource", dataSource);
    inject(migrator, "modules", new FixedInstance(List.of(modules)));
    return migrator;
  }

  private static void inject(Object target, String fieldName, Object value) {
    try {
      Field field = target.getClass().getDeclaredField(fieldName);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot set " + fieldName, e);
    }
  }

  private List<String> tables() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rows =
            connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        tables.add(rows.getString("TABLE_NAME"));
      }
    }
    return tables;
  }

  private String columnType(String table, String column) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select data_type from information_schema.columns"
                    + " where table_name = ? and column_name = ?")) {
      query.setString(1, table);
      query.setString(2, column);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).as("%s.%s exists", table, column).isTrue();
        return row.getString(1);
      }
    }
  }

  private List<String> appliedScripts(String historyTable) throws SQLException {
    List<String> scripts = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select \"script\", \"success\", \"type\" from \""
                    + historyTable
                    + "\" order by \"installed_rank\"")) {
      while (rows.next()) {
        if ("SQL".equals(rows.getString("type"))) {
          assertThat(rows.getBoolean("success")).as(rows.getString("script")).isTrue();
          scripts.add(rows.getString("script"));
        }
      }
    }
    return scripts;
  }

  /** The migration files in the kernel's location, as the build put them on the class path. */
  private static List<String> kernelScripts() throws IOException, URISyntaxException {
    URL location = KernelModule.class.getClassLoader().getResource("db/migration/kernel");
    assertThat(location).isNotNull();
    assertThat(location.getProtocol()).isEqualTo("file");
    try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".sql"))
          .toList();
    }
  }

  private long nextValue(String sequence) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select next value for " + sequence)) {
      assertThat(row.next()).isTrue();
      return row.getLong(1);
    }
  }

  private int count(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      assertThat(row.next()).isTrue();
      return row.getInt(1);
    }
  }

  private void insertUnit(long id, String code, String type, Long parentId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into krn_org_unit (id, code, name, unit_type, parent_id, path, created_at,"
                    + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      Timestamp now = Timestamp.from(Instant.parse("2026-03-01T08:00:00Z"));
      insert.setLong(1, id);
      insert.setString(2, code);
      insert.setString(3, "单位 " + code);
      insert.setString(4, type);
      insert.setObject(5, parentId);
      insert.setString(6, "/" + id + "/");
      insert.setTimestamp(7, now);
      insert.setTimestamp(8, now);
      insert.executeUpdate();
    }
  }

  private void insertUser(long id, String username, long unitId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into krn_user (id, username, display_name, unit_id, password_hash,"
                    + " created_at, updated_at, password_changed_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      Timestamp now = Timestamp.from(Instant.parse("2026-03-01T08:00:00Z"));
      insert.setLong(1, id);
      insert.setString(2, username);
      insert.setString(3, username);
      insert.setLong(4, unitId);
      insert.setString(5, "pbkdf2-sha256$1$c2FsdA==$aGFzaA==");
      insert.setTimestamp(6, now);
      insert.setTimestamp(7, now);
      insert.setTimestamp(8, now);
      insert.executeUpdate();
    }
  }

  /** A module that brings nothing but a schema. */
  private record TestModule(String key, String location, int order) implements GovernanceModule {

    @Override
    public String nameKey() {
      return "module." + key;
    }

    @Override
    public List<String> bundleBaseNames() {
      return List.of();
    }

    @Override
    public List<MenuEntry> menuEntries() {
      return List.of();
    }

    @Override
    public Optional<ModuleSchema> schema() {
      return Optional.of(new ModuleSchema(location, "tst_"));
    }
  }

  /** What CDI would inject: the installed modules, in no particular order. */
  private static final class FixedInstance implements Instance<GovernanceModule> {

    private final List<GovernanceModule> modules;

    FixedInstance(List<GovernanceModule> modules) {
      this.modules = modules;
    }

    @Override
    public Iterator<GovernanceModule> iterator() {
      return modules.iterator();
    }

    @Override
    public GovernanceModule get() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instance<GovernanceModule> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends GovernanceModule> Instance<U> select(
        Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends GovernanceModule> Instance<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isUnsatisfied() {
      return modules.isEmpty();
    }

    @Override
    public boolean isAmbiguous() {
      return modules.size() > 1;
    }

    @Override
    public void destroy(GovernanceModule instance) {}

    @Override
    public Handle<GovernanceModule> getHandle() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<? extends Handle<GovernanceModule>> handles() {
      throw new UnsupportedOperationException();
    }
  }
}
