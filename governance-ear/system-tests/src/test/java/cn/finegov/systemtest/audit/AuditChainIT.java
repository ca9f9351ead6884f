package cn.finegov.systemtest.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Codes;
import cn.finegov.systemtest.Deployments;
import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit chain on the deployed suite with PostgreSQL: a change writes an entry with actor, unit,
 * client address and values; the sealer links it; verification finds the chain intact, and after a
 * row is changed straight in the database (guard switched off, as a database owner could) it
 * reports exactly that link; the database guard refuses changes and early deletes; a purge within
 * the retention is refused; only the audit administrator reads and verifies. Runs in the server,
 * where the suite's own data source reaches the database; the REST calls go over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

  private static final String GUARD = "krn_audit_entry_guard_trg";

  @Resource(lookup = "jdbc/governance")
  private DataSource dataSource;

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.ear();
    WebArchive web =
        Deployments.webModuleForInContainerTests(ear)
            .addClasses(AuditChainIT.class, Api.class, Reply.class, Codes.class, Deployments.class)
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
            .addAsLibraries(Deployments.jarOf(Assertions.class));
    return Deployments.withWebModule(ear, Testable.archiveToTest(web));
  }

  @Test
  void aChangeIsAuditedWithActorUnitAddressAndValuesThenSealedAndVerified() {
    String code = Codes.unique("AC");
    long unitId = createUnit(code, "审计链测试部门");

    JsonObject entry = onlyEntry("OrgUnit", unitId, "CREATE");
    assertThat(entry.getString("actor")).isEqualTo("sysadmin");
    assertThat(entry.getString("actorName")).isEqualTo("王建国");
    assertThat(entry.getString("actorUnit")).isEqualTo("990100-ZW");
    assertThat(entry.getString("clientAddress")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    assertThat(entry.getOrDefault("before", JsonValue.NULL)).isEqualTo(JsonValue.NULL);
    assertThat(entry.getString("after")).contains(code).contains("审计链测试部门");

    Reply sealed = Api.as("auditadmin").post("/audit/chain/seal", null);
    assertThat(sealed.status()).as(sealed.toString()).isEqualTo(200);
    JsonObject linked = Api.as("auditadmin").get("/audit/" + entry.getJsonNumber("id")).json();
    long seq = linked.getJsonNumber("chainSeq").longValue();
    assertThat(sealed.json().getJsonNumber("lastSeq").longValue()).isGreaterThanOrEqualTo(seq);
    assertThat(linked.getString("hashAlgorithm")).isEqualTo("SM3");
    assertThat(linked.getString("hash")).matches("[0-9a-f]{64}");

    JsonObject verification = verify();
    assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
    assertThat(verification.getJsonNumber("verifiedUpTo").longValue()).isGreaterThanOrEqualTo(seq);
    assertThat(verification.getString("trigger")).isEqualTo("MANUAL");
    assertThat(verification.getString("requestedBy")).isEqualTo("auditadmin");
    assertThat(verification.getOrDefault("brokenSeq", JsonValue.NULL)).isEqualTo(JsonValue.NULL);
    JsonObject latest = Api.as("auditadmin").get("/audit/chain/verifications/latest").json();
    assertThat(latest.getJsonNumber("id")).isEqualTo(verification.getJsonNumber("id"));
    assertThat(
            Api.as("auditadmin")
                .get("/audit?entityType=AuditChain&action=VERIFY&actor=auditadmin")
                .json()
                .getInt("total"))
        .isPositive();
  }

  @Test
  void aRowChangedInTheDatabaseIsReportedAsExactlyThatBrokenLink() throws SQLException {
    long unitId = createUnit(Codes.unique("TM"), "篡改检测部门");
    long entryId = onlyEntry("OrgUnit", unitId, "CREATE").getJsonNumber("id").longValue();
    Api.as("auditadmin").post("/audit/chain/seal", null);
    long seq = chainSeqOf(entryId);
    assertThat(verify().getBoolean("intact")).as("intact before the change").isTrue();
    String original = afterValuesOf(entryId);

    try {
      withoutGuard(entryId, "{\"name\":\"被篡改的名称\"}");

      JsonObject broken = verify();

      assertThat(broken.getBoolean("intact")).isFalse();
      assertThat(broken.getJsonNumber("brokenSeq").longValue()).isEqualTo(seq);
      assertThat(broken.getJsonNumber("brokenEntryId").longValue()).isEqualTo(entryId);
      assertThat(broken.getString("problem")).isEqualTo("CONTENT_CHANGED");
      assertThat(broken.getJsonNumber("verifiedUpTo").longValue()).isEqualTo(seq - 1);
      assertThat(broken.getString("expected")).matches("[0-9a-f]{64}");
      assertThat(broken.getString("found")).matches("[0-9a-f]{64}");
      JsonObject status = Api.as("auditadmin").get("/audit/chain").json();
      assertThat(status.getJsonObject("latest").getBoolean("intact")).isFalse();
      // The audit administrators are told at once, in the inbox (and by e-mail where they have
      // one).
      JsonObject inbox = Api.as("auditadmin").get("/notifications?unread=true&max=200").json();
      assertThat(inbox.getJsonArray("items").stream().map(JsonValue::asJsonObject))
          .anySatisfy(
              alert -> {
                assertThat(alert.getString("category")).isEqualTo("kernel.audit-chain-broken");
                assertThat(alert.getString("subject")).contains(String.valueOf(seq));
              });
      assertThat(Api.as("sysadmin").get("/notifications?unread=true&max=200").json().toString())
          .as("nobody else is told")
          .doesNotContain("kernel.audit-chain-broken");
    } finally {
      withoutGuard(entryId, original);
    }
    assertThat(verify().getBoolean("intact")).as("intact again once restored").isTrue();
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteASealedEntry() throws SQLException {
    long unitId = createUnit(Codes.unique("GD"), "数据库防护部门");
    long entryId = onlyEntry("OrgUnit", unitId, "CREATE").getJsonNumber("id").longValue();
    Api.as("auditadmin").post("/audit/chain/seal", null);

    assertThatThrownBy(
            () -> execute("update krn_audit_entry set actor = 'intruder' where id = " + entryId))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () -> execute("update krn_audit_entry set chain_seq = null where id = " + entryId))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> execute("delete from krn_audit_entry where id = " + entryId))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("retention");
    assertThatThrownBy(() -> execute("truncate krn_audit_entry"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("cannot be truncated");
    assertThatThrownBy(() -> execute("update krn_audit_chain set last_seq = 0"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("only moves forward");
    assertThat(chainSeqOf(entryId)).isPositive();
  }

  @Test
  void aPurgeWithinTheRetentionIsRefusedAndTheRefusalAudited() {
    Instant tenDaysAgo = Instant.now().minus(10, ChronoUnit.DAYS);

    Reply refused =
        Api.as("auditadmin").post("/audit/chain/purge", Api.json("before", tenDaysAgo.toString()));
    Reply english =
        Api.as("auditadmin")
            .inEnglish()
            .post("/audit/chain/purge", Api.json("before", tenDaysAgo.toString()));
    Reply garbled = Api.as("auditadmin").post("/audit/chain/purge", Api.json("before", "soon"));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().getString("code")).isEqualTo("audit.purge.too-young");
    assertThat(refused.json().getString("detail")).contains("180 天");
    assertThat(english.json().getString("detail")).contains("retention (180 days)");
    assertThat(garbled.status()).isEqualTo(400);
    assertThat(
            Api.as("auditadmin")
                .get("/audit?entityType=AuditChain&action=PURGE_REFUSED&actor=auditadmin")
                .json()
                .getInt("total"))
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void aPurgeBeyondTheRetentionRunsAndIsAudited() {
    JsonObject before = Api.as("auditadmin").get("/audit/chain").json();
    String longAgo = Instant.now().minus(400, ChronoUnit.DAYS).toString();

    Reply purge = Api.as("auditadmin").post("/audit/chain/purge", Api.json("before", longAgo));

    assertThat(purge.status()).as(purge.toString()).isEqualTo(200);
    // The test database holds nothing that old: nothing goes, and the anchor stays.
    assertThat(purge.json().getJsonNumber("deleted").longValue()).isZero();
    assertThat(purge.json().getJsonNumber("anchorSeq").longValue())
        .isEqualTo(before.getJsonNumber("anchorSeq").longValue());
    assertThat(purge.json().getInt("retentionDays")).isEqualTo(180);
    assertThat(
            Api.as("auditadmin")
                .get("/audit?entityType=AuditChain&action=PURGE&actor=auditadmin")
                .json()
                .getInt("total"))
        .isPositive();
  }

  @Test
  void aSwitchOfHashFunctionMidChainStillVerifies() {
    Reply switched =
        Api.as("auditadmin")
            .put("/settings/kernel/audit.hash-algorithm", Api.json("value", "SHA-256"));
    assertThat(switched.status()).as(switched.toString()).isEqualTo(200);
    try {
      long unitId = createUnit(Codes.unique("HS"), "换算法部门");
      long entryId = onlyEntry("OrgUnit", unitId, "CREATE").getJsonNumber("id").longValue();
      Api.as("auditadmin").post("/audit/chain/seal", null);

      assertThat(Api.as("auditadmin").get("/audit/" + entryId).json().getString("hashAlgorithm"))
          .isEqualTo("SHA-256");
      assertThat(verify().getBoolean("intact")).isTrue();
    } finally {
      Api.as("auditadmin").delete("/settings/kernel/audit.hash-algorithm");
    }
    assertThat(Api.as("auditadmin").get("/audit/chain").json().getString("algorithm"))
        .isEqualTo("SM3");
  }

  @Test
  void onlyTheAuditAdministratorReadsAndVerifiesTheAuditLog() {
    for (String user : List.of("sysadmin", "secadmin", "leader")) {
      Api api = Api.as(user);
      assertThat(api.get("/audit").status()).as(user).isEqualTo(403);
      assertThat(api.get("/audit/chain").status()).as(user).isEqualTo(403);
      assertThat(api.get("/audit/chain/verifications").status()).as(user).isEqualTo(403);
      assertThat(api.post("/audit/chain/verifications", null).status()).as(user).isEqualTo(403);
      assertThat(api.post("/audit/chain/seal", null).status()).as(user).isEqualTo(403);
      Reply purge = api.post("/audit/chain/purge", Api.json("before", "2000-01-01T00:00:00Z"));
      assertThat(purge.status()).as(user).isEqualTo(403);
      assertThat(purge.json().getString("code")).isEqualTo("error.forbidden");
    }
    assertThat(Api.anonymous().get("/audit/chain").status()).isEqualTo(401);
    assertThat(Api.as("auditadmin").get("/audit/chain").status()).isEqualTo(200);
    assertThat(Api.as("auditadmin").get("/audit/chain/verifications").status()).isEqualTo(200);
  }

  // --- helpers ---

  private static long createUnit(String code, String name) {
    long city =
        Api.as("sysadmin").get("/org/units/by-code/990100").json().getJsonNumber("id").longValue();
    Reply created =
        Api.as("sysadmin")
            .post(
                "/org/units",
                Api.json("code", code, "name", name, "type", "DEPARTMENT", "parentId", city));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return Api.as("sysadmin")
        .get("/org/units/by-code/" + code)
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonObject onlyEntry(String entityType, long entityId, String action) {
    JsonObject page =
        Api.as("auditadmin")
            .get("/audit?entityType=" + entityType + "&entityId=" + entityId + "&action=" + action)
            .json();
    assertThat(page.getInt("total")).as(page.toString()).isEqualTo(1);
    return page.getJsonArray("items").getJsonObject(0);
  }

  private static JsonObject verify() {
    Reply reply = Api.as("auditadmin").post("/audit/chain/verifications", null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  @Test
  void theDatabaseRefusesToChangeOrDropAnEntryThatWaitsForItsLink() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        // Uncommitted, so that the sealer cannot take it away during the test.
        statement.execute(
            "insert into krn_audit_pending (id, occurred_at, actor, entity_type, entity_id,"
                + " action) values (nextval('krn_audit_entry_seq'), now(), 'systemtest',"
                + " 'Probe', 'pending-guard', 'CREATE')");
        assertThat(refusal(connection, "update krn_audit_pending set actor = 'intruder'"))
            .contains("append-only");
        assertThat(refusal(connection, "delete from krn_audit_pending where actor = 'systemtest'"))
            .contains("has no link yet");
        assertThat(refusal(connection, "truncate krn_audit_pending"))
            .contains("cannot be truncated");
        try (ResultSet row =
            statement.executeQuery(
                "select count(*) from krn_audit_log where entity_id = 'pending-guard'"
                    + " and chain_seq is null")) {
          row.next();
          assertThat(row.getLong(1)).as("the log shows the waiting entry").isEqualTo(1);
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    }
  }

  /** The message of the error {@code sql} ends in, inside the open transaction. */
  private static String refusal(Connection connection, String sql) throws SQLException {
    Savepoint before = connection.setSavepoint();
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException refused) {
      connection.rollback(before);
      return refused.getMessage();
    }
    throw new AssertionError("the database accepted: " + sql);
  }

  private long chainSeqOf(long entryId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("select chain_seq from krn_audit_entry where id = ?")) {
      query.setLong(1, entryId);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        long seq = row.getLong(1);
        assertThat(row.wasNull()).as("entry %d is sealed", entryId).isFalse();
        return seq;
      }
    }
  }

  private String afterValuesOf(long entryId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("select after_values from krn_audit_entry where id = ?")) {
      query.setLong(1, entryId);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getString(1);
      }
    }
  }

  /** Changes a sealed row as somebody owning the table could: guard off, update, guard on. */
  private void withoutGuard(long entryId, String afterValues) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement();
          PreparedStatement update =
              connection.prepareStatement(
                  "update krn_audit_entry set after_values = ? where id = ?")) {
        statement.execute("alter table krn_audit_entry disable trigger " + GUARD);
        update.setString(1, afterValues);
        update.setLong(2, entryId);
        assertThat(update.executeUpdate()).isEqualTo(1);
        statement.execute("alter table krn_audit_entry enable trigger " + GUARD);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
