package cn.finegov.systemtest.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Codes;
import cn.finegov.systemtest.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * External systems with API keys: the key works only for its permissions and unit, is accepted in
 * both headers, is refused once revoked, is never shown again, and what it does is audited under
 * its name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiKeyIT {

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void aKeyReadsItsUnitOnlyAndDoesOnlyWhatItWasGiven() {
    long streetA = Accounts.unitId("990102001");
    long streetB = Accounts.unitId("990102002");
    JsonObject issued = issue("12345热线", streetA, "kernel.org.read");
    String key = issued.getString("secret");
    assertThat(key).startsWith("fgk_");

    Api system = Api.withApiKey(key);
    assertThat(system.get("/org/units/" + streetA).status()).isEqualTo(200);
    assertThat(system.get("/org/units/" + streetB).status()).isEqualTo(404);
    Reply write =
        system.post(
            "/org/units",
            Api.json(
                "code",
                Codes.unique("K"),
                "name",
                "密钥越权",
                "type",
                "COMMUNITY",
                "parentId",
                streetA));
    assertThat(write.status()).isEqualTo(403);
    assertThat(system.get("/users").status()).isEqualTo(403);

    Reply header = Api.anonymous().getWithHeader("/org/units/" + streetA, "X-Api-Key", key);
    assertThat(header.status()).isEqualTo(200);
  }

  @Test
  void aRevokedOrWrongKeyIsRefusedWith401() {
    JsonObject issued = issue("政务平台", null, "kernel.org.read");
    String key = issued.getString("secret");
    long id = issued.getJsonObject("key").getJsonNumber("id").longValue();
    assertThat(Api.withApiKey(key).get("/org/units").status()).isEqualTo(200);

    Reply revoked = Api.as("secadmin").post("/api-keys/" + id + "/revoke", "");
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().getBoolean("usable")).isFalse();

    Reply refused = Api.withApiKey(key).get("/org/units");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().getString("code")).isEqualTo("error.bad-api-key");
    String forged = key.substring(0, key.length() - 4) + "AAAA";
    assertThat(Api.withApiKey(forged).get("/org/units").status()).isEqualTo(401);
    assertThat(Api.withApiKey("fgk_nonsense").get("/org/units").status()).isEqualTo(401);
  }

  @Test
  void theSecretIsShownOnceAndNeverListed() {
    JsonObject issued = issue("数字城管", null, "kernel.org.read");
    long id = issued.getJsonObject("key").getJsonNumber("id").longValue();
    String secret = issued.getString("secret");

    Reply list = Api.as("secadmin").get("/api-keys");
    Reply one = Api.as("secadmin").get("/api-keys/" + id);

    assertThat(list.body()).doesNotContain(secret).doesNotContain(secret.substring(15));
    assertThat(one.body()).doesNotContain(secret.substring(15));
    assertThat(one.json().getString("prefix")).isEqualTo(secret.substring(4, 14));
  }

  @Test
  void keysCarryNoSecurityOrAuditPermissionsAndOnlyTheSecurityAdministratorIssuesThem() {
    Reply security =
        Api.as("secadmin").post("/api-keys", draft("越权系统", null, "kernel.users.manage"));
    Reply audit = Api.as("secadmin").post("/api-keys", draft("越权系统", null, "kernel.audit.read"));
    Reply bySysadmin = Api.as("sysadmin").post("/api-keys", draft("系统", null, "kernel.org.read"));

    assertThat(security.status()).isEqualTo(400);
    assertThat(security.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("permissions");
    assertThat(audit.status()).isEqualTo(400);
    assertThat(bySysadmin.status()).isEqualTo(403);
  }

  @Test
  void whatAKeyChangesIsAuditedUnderItsName() {
    long streetA = Accounts.unitId("990102001");
    JsonObject issued = issue("网格系统", streetA, "kernel.org.read", "kernel.org.manage");
    String prefix = issued.getJsonObject("key").getString("prefix");
    String code = Codes.unique("K");

    Reply created =
        Api.withApiKey(issued.getString("secret"))
            .post(
                "/org/units",
                Api.json("code", code, "name", "密钥新建社区", "type", "COMMUNITY", "parentId", streetA));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    JsonObject entries =
        Api.as("auditadmin").get("/audit?entityType=OrgUnit&actor=apikey:" + prefix).json();
    assertThat(entries.getInt("total")).isEqualTo(1);
    assertThat(entries.getJsonArray("items").getJsonObject(0).getString("after")).contains(code);
    JsonObject issuing =
        Api.as("auditadmin")
            .get(
                "/audit?entityType=ApiKey&action=CREATE&entityId="
                    + issued.getJsonObject("key").getJsonNumber("id"))
            .json();
    assertThat(issuing.getInt("total")).isEqualTo(1);
  }

  /**
   * An external system calls with one key from many threads at once: every call is answered (the
   * note of the key's last use must not make concurrent requests fail each other), and the use is
   * noted.
   */
  @Test
  void oneKeyServesConcurrentRequestsAndItsUseIsNoted() throws Exception {
    JsonObject issued = issue("并发系统", null, "kernel.org.read");
    long id = issued.getJsonObject("key").getJsonNumber("id").longValue();
    Api system = Api.withApiKey(issued.getString("secret"));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        calls.add(pool.submit(() -> system.get("/org/units").status()));
      }
      for (Future<Integer> call : calls) {
        assertThat(call.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    JsonObject key = Api.as("secadmin").get("/api-keys/" + id).json();
    assertThat(key.getString("lastUsedAt", null)).isNotNull();
    assertThat(key.getString("lastUsedAddress", null)).isNotBlank();
  }

  private static JsonObject issue(String system, Long unitId, String... permissions) {
    Reply reply = Api.as("secadmin").post("/api-keys", draft(system, unitId, permissions));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  private static String draft(String system, Long unitId, String... permissions) {
    JsonArrayBuilder granted = Json.createArrayBuilder();
    for (String permission : permissions) {
      granted.add(permission);
    }
    return Api.json(
        "systemName",
        system,
        "description",
        "系统测试",
        "unitId",
        unitId,
        "permissions",
        granted.build());
  }
}
