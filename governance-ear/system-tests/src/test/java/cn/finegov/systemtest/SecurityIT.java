package cn.finegov.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in and authorisation of the REST API: 401 without or with wrong credentials, 403 with the
 * wrong role, the separation of the three administrators, and the audit of sign-ins.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void withoutCredentialsTheApiAnswers401WithAProblemDocument() {
    Reply reply = Api.anonymous().get("/org/units");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.header("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    JsonObject problem = reply.json();
    assertThat(problem.getInt("status")).isEqualTo(401);
    assertThat(problem.getString("detail")).isEqualTo("请先登录。");
    assertThat(problem.getString("instance")).isEqualTo("/governance/api/v1/org/units");
  }

  @Test
  void wrongPasswordAnswers401InTheCallersLanguage() {
    Reply reply = Api.withPassword("sysadmin", "not-the-password").inEnglish().get("/me");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().getString("detail")).isEqualTo("Wrong user name or password.");
    assertThat(reply.json().getString("code")).isEqualTo("error.bad-credentials");
  }

  @Test
  void theRightRoleMayChangeTheOrganisationAndAnyOtherRoleGets403() {
    String body =
        Api.json(
            "code",
            Codes.unique("SEC"),
            "name",
            "安全测试部门",
            "type",
            "DEPARTMENT",
            "parentId",
            cityId());

    Reply leader = Api.as("leader").post("/org/units", body);
    Reply admin = Api.as("sysadmin").post("/org/units", body);

    assertThat(leader.status()).isEqualTo(403);
    assertThat(leader.json().getString("code")).isEqualTo("error.forbidden");
    assertThat(admin.status()).as(admin.toString()).isEqualTo(201);
    assertThat(admin.header("Location")).isPresent();
  }

  @Test
  void readingTheOrganisationNeedsOnlyASignedInUser() {
    Reply reply = Api.as("gridworker").get("/org/units");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.jsonArray().getJsonObject(0).getString("code")).isEqualTo("990100");
  }

  @Test
  void onlyTheAuditAdministratorReadsTheAuditLog() {
    assertThat(Api.as("sysadmin").get("/audit").status()).isEqualTo(403);
    assertThat(Api.as("secadmin").get("/audit").status()).isEqualTo(403);
    assertThat(Api.as("auditadmin").get("/audit").status()).isEqualTo(200);
  }

  @Test
  void onlyTheSecurityAdministratorManagesUsers() {
    assertThat(Api.as("sysadmin").get("/users").status()).isEqualTo(403);
    assertThat(Api.as("auditadmin").get("/users").status()).isEqualTo(403);
    Reply users = Api.as("secadmin").get("/users?max=100");
    assertThat(users.status()).isEqualTo(200);
    assertThat(users.json().getInt("total")).isGreaterThanOrEqualTo(11);
  }

  @Test
  void oneAccountCannotHoldTwoOfTheThreeAdministratorRoles() {
    Reply reply =
        Api.as("secadmin")
            .post(
                "/users",
                Api.json(
                    "username",
                    "dual" + Codes.unique("").toLowerCase(),
                    "displayName",
                    "兼任测试",
                    "unitId",
                    cityId(),
                    "roles",
                    Json.createArrayBuilder().add("SYSTEM_ADMIN").add("AUDIT_ADMIN").build(),
                    "password",
                    "Str0ng#Pass"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().getString("code")).isEqualTo("user.role.separation");
  }

  @Test
  void aWeakPasswordIsRefusedWithTheRule() {
    Reply reply =
        Api.as("secadmin")
            .post(
                "/users",
                Api.json(
                    "username",
                    "weak" + Codes.unique("").toLowerCase(),
                    "displayName",
                    "弱口令",
                    "unitId",
                    cityId(),
                    "roles",
                    Json.createArrayBuilder().add("OBSERVER").build(),
                    "password",
                    "abcdefgh"));

    assertThat(reply.status()).isEqualTo(400);
    JsonObject problem = reply.json();
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("password");
    assertThat(problem.getString("detail")).contains("至少包含");
  }

  @Test
  void failedSignInsAreAuditedWithTheReasonAndNeverThePassword() {
    String stranger = "nobody" + Codes.unique("").toLowerCase();
    String known = Accounts.ready("wrongpw", "990100", "OBSERVER");
    Api.withPassword(stranger, "whatever1A!").get("/me");
    Api.withPassword(known, "Wrong#Pass9").get("/me");

    JsonObject unknown =
        Api.as("auditadmin").get("/audit?action=LOGIN_FAILED&actor=" + stranger).json();
    JsonObject wrong = Api.as("auditadmin").get("/audit?action=LOGIN_FAILED&actor=" + known).json();

    assertThat(unknown.getInt("total")).isEqualTo(1);
    assertThat(unknown.getJsonArray("items").getJsonObject(0).getString("after"))
        .contains("unknown-user")
        .doesNotContain("whatever1A!");
    assertThat(wrong.getJsonArray("items").getJsonObject(0).getString("after"))
        .contains("wrong-password")
        .doesNotContain("Wrong#Pass9");
    assertThat(wrong.getJsonArray("items").getJsonObject(0).getString("clientAddress"))
        .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
  }

  static long cityId() {
    return Api.as("sysadmin")
        .get("/org/units/by-code/990100")
        .json()
        .getJsonNumber("id")
        .longValue();
  }
}
