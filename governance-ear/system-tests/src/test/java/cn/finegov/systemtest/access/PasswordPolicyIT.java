package cn.finegov.systemtest.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Deployments;
import cn.finegov.systemtest.TestDatabase;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The password and lockout policy (等保 level 3 style) through the API: lockout after the configured
 * number of failed attempts with a message that says for how long, unlock by the security
 * administrator, forced change of initial, reset and expired passwords, no reuse of recent
 * passwords.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordPolicyIT {

  private static final String WRONG = "Wrong#Pass2026";

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @AfterEach
  void policyBackToDefault() {
    Api.as("secadmin").delete("/settings/kernel/security.lockout.attempts");
  }

  @Test
  void theFifthFailedSignInLocksTheAccountAndSaysForHowLong() {
    String user = Accounts.ready("locked", "990100", "OBSERVER");
    for (int attempt = 1; attempt <= 4; attempt++) {
      Reply failed = Api.withPassword(user, WRONG).get("/me");
      assertThat(failed.status()).isEqualTo(401);
      assertThat(failed.json().getString("code")).isEqualTo("error.bad-credentials");
    }

    Reply fifth = Api.withPassword(user, WRONG).get("/me");
    Reply rightButLocked = Accounts.as(user).inEnglish().get("/me");

    assertThat(fifth.status()).isEqualTo(401);
    assertThat(fifth.json().getString("code")).isEqualTo("login.locked");
    assertThat(fifth.json().getString("detail")).contains("5 次").contains("15 分钟");
    assertThat(rightButLocked.status()).isEqualTo(401);
    assertThat(rightButLocked.json().getString("detail")).contains("locked").contains("15 minutes");

    long id = Accounts.userId(user);
    assertThat(Api.as("secadmin").get("/users/" + id).json().containsKey("lockedUntil")).isTrue();
    JsonObject locks =
        Api.as("auditadmin").get("/audit?action=ACCOUNT_LOCKED&actor=" + user).json();
    assertThat(locks.getInt("total")).isEqualTo(1);

    Reply unlocked = Api.as("secadmin").post("/users/" + id + "/unlock", "");
    assertThat(unlocked.status()).isEqualTo(200);
    assertThat(Accounts.as(user).get("/me").status()).isEqualTo(200);
    assertThat(
            Api.as("auditadmin").get("/audit?action=UNLOCK&entityId=" + id).json().getInt("total"))
        .isEqualTo(1);
  }

  @Test
  void aSuccessfulSignInForgetsEarlierFailures() {
    String user = Accounts.ready("forget", "990100", "OBSERVER");
    for (int round = 0; round < 3; round++) {
      for (int attempt = 0; attempt < 4; attempt++) {
        Api.withPassword(user, WRONG).get("/me");
      }
      assertThat(Accounts.as(user).get("/me").status()).isEqualTo(200);
    }
  }

  @Test
  void theSecurityAdministratorSetsTheNumberOfAttempts() {
    Reply set =
        Api.as("secadmin")
            .put("/settings/kernel/security.lockout.attempts", Api.json("value", "3"));
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    String user = Accounts.ready("three", "990100", "OBSERVER");

    Api.withPassword(user, WRONG).get("/me");
    Api.withPassword(user, WRONG).get("/me");
    Reply third = Api.withPassword(user, WRONG).get("/me");

    assertThat(third.json().getString("code")).isEqualTo("login.locked");
    assertThat(third.json().getString("detail")).contains("3 次");

    Reply tooWeak =
        Api.as("secadmin")
            .put("/settings/kernel/security.password.min-length", Api.json("value", "6"));
    assertThat(tooWeak.status()).isEqualTo(400);
  }

  @Test
  void aNewAccountMustChangeItsInitialPasswordBeforeAnythingElse() {
    String user = Accounts.newName("first");
    Accounts.create(user, "990100", "OBSERVER");
    Api initial = Api.withPassword(user, Accounts.INITIAL_PASSWORD);

    Reply blocked = initial.get("/org/units");
    assertThat(blocked.status()).isEqualTo(403);
    assertThat(blocked.json().getString("code")).isEqualTo("password.change-required");
    assertThat(initial.get("/me").status()).isEqualTo(200);

    Reply wrongCurrent =
        initial.put(
            "/account/password",
            Api.json("currentPassword", WRONG, "newPassword", Accounts.PASSWORD));
    assertThat(wrongCurrent.status()).isEqualTo(400);
    assertThat(wrongCurrent.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("currentPassword");

    Reply weak =
        initial.put(
            "/account/password",
            Api.json("currentPassword", Accounts.INITIAL_PASSWORD, "newPassword", "short1"));
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.json().getString("detail")).contains("8");

    Reply changed =
        initial.put(
            "/account/password",
            Api.json(
                "currentPassword", Accounts.INITIAL_PASSWORD, "newPassword", Accounts.PASSWORD));
    assertThat(changed.status()).isEqualTo(204);
    assertThat(Accounts.as(user).get("/org/units").status()).isEqualTo(200);
    assertThat(initial.get("/me").status()).isEqualTo(401);
  }

  @Test
  void theLastFivePasswordsCannotBeUsedAgain() {
    String user = Accounts.ready("history", "990100", "OBSERVER");
    String current = Accounts.PASSWORD;
    for (String next : new String[] {"Second#Pass1", "Third#Pass22", "Fourth#Pass3"}) {
      Reply changed = change(user, current, next);
      assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
      current = next;
    }

    Reply reused = change(user, current, Accounts.PASSWORD);
    Reply initial = change(user, current, Accounts.INITIAL_PASSWORD);

    assertThat(reused.status()).isEqualTo(400);
    assertThat(reused.json().getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("5");
    assertThat(initial.status()).isEqualTo(400);
    assertThat(change(user, current, "Fifth#Pass444").status()).isEqualTo(204);
  }

  @Test
  void aPasswordSetByTheSecurityAdministratorMustBeChangedAtTheNextSignIn() {
    String user = Accounts.ready("reset", "990100", "OBSERVER");
    long id = Accounts.userId(user);

    Reply reset =
        Api.as("secadmin")
            .post("/users/" + id + "/password", Api.json("password", "Temporary#2026"));
    assertThat(reset.status()).isEqualTo(204);

    Reply blocked = Api.withPassword(user, "Temporary#2026").get("/org/units");
    assertThat(blocked.status()).isEqualTo(403);
    assertThat(blocked.json().getString("code")).isEqualTo("password.change-required");
  }

  @Test
  void anExpiredPasswordMustBeChanged() throws Exception {
    String user = Accounts.ready("expired", "990100", "OBSERVER");
    assertThat(Accounts.as(user).get("/org/units").status()).isEqualTo(200);
    try (Connection db = TestDatabase.connect();
        PreparedStatement age =
            db.prepareStatement(
                "update krn_user set password_changed_at = current_timestamp - interval '91 days'"
                    + " where username = ?")) {
      age.setString(1, user);
      assertThat(age.executeUpdate()).isEqualTo(1);
    }

    Reply blocked = Accounts.as(user).get("/org/units");

    assertThat(blocked.status()).isEqualTo(403);
    assertThat(blocked.json().getString("code")).isEqualTo("password.change-required");
    assertThat(change(user, Accounts.PASSWORD, "Renewed#Pass9").status()).isEqualTo(204);
    assertThat(Api.withPassword(user, "Renewed#Pass9").get("/org/units").status()).isEqualTo(200);
  }

  private static Reply change(String user, String current, String next) {
    return Api.withPassword(user, current)
        .put("/account/password", Api.json("currentPassword", current, "newPassword", next));
  }
}
