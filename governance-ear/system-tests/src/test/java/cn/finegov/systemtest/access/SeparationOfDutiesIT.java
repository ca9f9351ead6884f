package cn.finegov.systemtest.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Codes;
import cn.finegov.systemtest.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 三员分立: the system, security and audit administrators cannot act as one another, roles cannot be
 * bent to mix their duties, the audit administrator alone reads the audit log, and every permission
 * change is audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SeparationOfDutiesIT {

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void theSystemAdministratorRunsTheSystemButManagesNoPeopleAndReadsNoAudit() {
    Api sysadmin = Api.as("sysadmin");
    assertThat(sysadmin.get("/users").status()).isEqualTo(403);
    assertThat(sysadmin.get("/roles").status()).isEqualTo(403);
    assertThat(sysadmin.post("/roles", role("SYS_TRY", Set.of("kernel.org.read"))).status())
        .isEqualTo(403);
    assertThat(sysadmin.get("/api-keys").status()).isEqualTo(403);
    assertThat(sysadmin.get("/audit").status()).isEqualTo(403);
    assertThat(setting(sysadmin, "security.lockout.attempts", "9").status()).isEqualTo(403);
    assertThat(setting(sysadmin, "audit.retention-days", "365").status()).isEqualTo(403);

    Reply own = setting(sysadmin, "notifications.delivery.retry-minutes", "7");
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(own.json().getString("origin")).isEqualTo("SCREEN");
    assertThat(sysadmin.delete("/settings/kernel/notifications.delivery.retry-minutes").status())
        .isEqualTo(200);
  }

  @Test
  void theSecurityAdministratorManagesPeopleButNotTheSystemOrTheAudit() {
    Api secadmin = Api.as("secadmin");
    assertThat(secadmin.get("/audit").status()).isEqualTo(403);
    assertThat(
            secadmin
                .post(
                    "/org/units", Api.json("code", Codes.unique("S"), "name", "越权", "type", "CITY"))
                .status())
        .isEqualTo(403);
    assertThat(secadmin.put("/modules/egov", Api.json("enabled", false)).status()).isEqualTo(403);
    assertThat(setting(secadmin, "notifications.delivery.retry-minutes", "7").status())
        .isEqualTo(403);
    assertThat(secadmin.get("/users").status()).isEqualTo(200);
    assertThat(secadmin.get("/roles").status()).isEqualTo(200);
  }

  @Test
  void theAuditAdministratorReadsTheAuditAndChangesNothing() {
    Api auditadmin = Api.as("auditadmin");
    assertThat(auditadmin.get("/audit").status()).isEqualTo(200);
    assertThat(auditadmin.get("/users").status()).isEqualTo(403);
    assertThat(auditadmin.post("/roles", role("AUD_TRY", Set.of("kernel.org.read"))).status())
        .isEqualTo(403);
    assertThat(
            auditadmin
                .post(
                    "/org/units", Api.json("code", Codes.unique("A"), "name", "越权", "type", "CITY"))
                .status())
        .isEqualTo(403);
    assertThat(setting(auditadmin, "security.lockout.attempts", "9").status()).isEqualTo(403);
  }

  @Test
  void noRoleMayMixTwoAdministratorDuties() {
    Reply mixed =
        Api.as("secadmin")
            .post("/roles", role(code("MIX"), Set.of("kernel.org.manage", "kernel.users.manage")));
    assertThat(mixed.status()).isEqualTo(422);
    assertThat(mixed.json().getString("code")).isEqualTo("role.separation");

    Reply widened = addPermission("SYSTEM_ADMIN", "kernel.users.manage");
    assertThat(widened.status()).isEqualTo(422);
    assertThat(widened.json().getString("code")).isEqualTo("role.separation");
  }

  @Test
  void auditPermissionsBelongToTheAuditAdministratorRoleOnly() {
    Reply leader = addPermission("LEADER", "kernel.audit.read");
    assertThat(leader.status()).isEqualTo(422);
    assertThat(leader.json().getString("code")).isEqualTo("role.audit-duty.reserved");

    Reply custom =
        Api.as("secadmin").post("/roles", role(code("AUDITOR"), Set.of("kernel.audit.read")));
    assertThat(custom.status()).isEqualTo(422);

    JsonObject audit = Api.as("secadmin").get("/roles/AUDIT_ADMIN").json();
    Set<String> without = permissions(audit);
    without.remove("kernel.audit.read");
    Reply stripped =
        Api.as("secadmin").put("/roles/AUDIT_ADMIN", role("AUDIT_ADMIN", without, audit));
    assertThat(stripped.status()).isEqualTo(422);
    assertThat(stripped.json().getString("code")).isEqualTo("role.audit-admin.keep");
  }

  @Test
  void aRoleChangeThatWouldMixTheDutiesOfAHolderIsRefused() {
    String code = code("HELPER");
    assertThat(Api.as("secadmin").post("/roles", role(code, Set.of("kernel.org.read"))).status())
        .isEqualTo(201);
    String holder = Accounts.newName("holder");
    Accounts.create(holder, "990100", "SECURITY_ADMIN", code);

    Reply widened = addPermission(code, "kernel.org.manage");

    assertThat(widened.status()).isEqualTo(422);
    assertThat(widened.json().getString("code")).isEqualTo("role.separation.holder");
    assertThat(widened.json().getString("detail")).contains(holder);
  }

  @Test
  void nobodyChangesHisOwnRolesOrScope() {
    long self = Accounts.userId("secadmin");
    JsonObject user = Api.as("secadmin").get("/users/" + self).json();
    Reply reply =
        Api.as("secadmin")
            .put(
                "/users/" + self,
                Api.json(
                    "displayName", user.getString("displayName"),
                    "unitId", user.getJsonNumber("unitId").longValue(),
                    "roles", Json.createArrayBuilder().add("SECURITY_ADMIN").add("LEADER").build(),
                    "version", user.getJsonNumber("version").longValue()));
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().getString("code")).isEqualTo("user.self-change");
  }

  @Test
  void aPermissionChangeIsAuditedWithTheOldAndNewPermissions() {
    String code = code("CHECK");
    assertThat(Api.as("secadmin").post("/roles", role(code, Set.of("kernel.org.read"))).status())
        .isEqualTo(201);
    Reply changed = addPermission(code, "kernel.org.manage");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

    JsonObject entries =
        Api.as("auditadmin")
            .get("/audit?entityType=Role&entityId=" + code + "&action=PERMISSION_CHANGE")
            .json();
    assertThat(entries.getInt("total")).isEqualTo(1);
    JsonObject entry = entries.getJsonArray("items").getJsonObject(0);
    assertThat(entry.getString("actor")).isEqualTo("secadmin");
    assertThat(entry.getString("before")).contains("kernel.org.read").doesNotContain("manage");
    assertThat(entry.getString("after")).contains("kernel.org.manage");
  }

  @Test
  void thePermissionsListShowsEachDuty() {
    JsonObject manage =
        Api.as("secadmin").get("/permissions").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getString("key").equals("kernel.users.manage"))
            .findFirst()
            .orElseThrow();
    assertThat(manage.getString("duty")).isEqualTo("SECURITY");
    assertThat(manage.getString("module")).isEqualTo("kernel");
  }

  private static Reply setting(Api caller, String key, String value) {
    return caller.put("/settings/kernel/" + key, Api.json("value", value));
  }

  private static Reply addPermission(String code, String permission) {
    JsonObject role = Api.as("secadmin").get("/roles/" + code).json();
    Set<String> granted = permissions(role);
    granted.add(permission);
    return Api.as("secadmin").put("/roles/" + code, role(code, granted, role));
  }

  private static Set<String> permissions(JsonObject role) {
    Set<String> granted = new LinkedHashSet<>();
    role.getJsonArray("permissions")
        .getValuesAs(JsonString.class)
        .forEach(p -> granted.add(p.getString()));
    return granted;
  }

  private static String code(String prefix) {
    return (prefix + "_" + Codes.unique("").replace("-", "")).toUpperCase(Locale.ROOT);
  }

  private static String role(String code, Set<String> permissions) {
    return Api.json(
        "code",
        code,
        "nameZh",
        "测试角色" + code,
        "nameEn",
        "Test role " + code,
        "permissions",
        array(permissions));
  }

  private static String role(String code, Set<String> permissions, JsonObject existing) {
    return Api.json(
        "nameZh",
        existing.getString("nameZh"),
        "nameEn",
        existing.getString("nameEn"),
        "description",
        existing.containsKey("description") && !existing.isNull("description")
            ? existing.getString("description")
            : null,
        "permissions",
        array(permissions),
        "version",
        existing.getJsonNumber("version").longValue());
  }

  private static JsonArray array(Set<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array.build();
  }
}
