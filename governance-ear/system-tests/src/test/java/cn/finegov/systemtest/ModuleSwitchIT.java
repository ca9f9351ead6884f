package cn.finegov.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api.Reply;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Switching a module off at run time: its REST paths and screens answer 404, its menu section
 * disappears, its routes stop; switching it on brings all back. Only the system administrator
 * switches, never the core modules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModuleSwitchIT {

  private final Api admin = Api.as("sysadmin");

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void aModuleSwitchedOffIsGoneEverywhereUntilSwitchedOnAgain() {
    try {
      Reply off = admin.put("/modules/egov", Api.json("enabled", false));
      assertThat(off.status()).as(off.toString()).isEqualTo(200);

      Reply api = admin.get("/egov/orgsync/imports");
      assertThat(api.status()).isEqualTo(404);
      assertThat(api.contentType()).startsWith("application/problem+json");
      assertThat(Api.anonymous().get("/egov/orgsync/imports").status()).isEqualTo(404);
      assertThat(admin.getAbsolute(Api.server() + "/governance/egov/orgsync.xhtml").status())
          .isEqualTo(404);
      assertThat(sections()).doesNotContain("egov").contains("kernel", "integration");
      assertThat(routeIds()).noneMatch(id -> id.startsWith("egov-"));
      assertThat(Api.anonymous().getAbsolute(Api.server() + "/health/ready").status())
          .isEqualTo(200);
    } finally {
      admin.put("/modules/egov", Api.json("enabled", true));
    }
    assertThat(admin.get("/egov/orgsync/imports").status()).isEqualTo(200);
    assertThat(admin.getAbsolute(Api.server() + "/governance/egov/orgsync.xhtml").status())
        .isEqualTo(200);
    assertThat(sections()).contains("egov");
    assertThat(routeIds())
        .contains("egov-orgsync-file", "egov-orgsync-intake", "egov-orgsync-parse");
  }

  @Test
  void theSwitchIsAuditedAndShownWithWhoDidIt() {
    try {
      admin.put("/modules/egov", Api.json("enabled", false));
      JsonObject state =
          admin.get("/modules").jsonArray().getValuesAs(JsonObject.class).stream()
              .filter(module -> "egov".equals(module.getString("key")))
              .findFirst()
              .orElseThrow();
      assertThat(state.getBoolean("enabled")).isFalse();
      assertThat(state.getBoolean("configuredDefault")).isTrue();
      assertThat(state.getString("changedBy")).isEqualTo("sysadmin");
    } finally {
      admin.put("/modules/egov", Api.json("enabled", true));
    }
    JsonObject audit = Api.as("auditadmin").get("/audit?entityType=Module&entityId=egov").json();
    assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(entry -> entry.getString("action"))
        .contains("DISABLE", "ENABLE");
  }

  @Test
  void onlyTheSystemAdministratorSwitchesModules() {
    Reply reply = Api.as("leader").put("/modules/egov", Api.json("enabled", false));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(admin.get("/egov/orgsync/imports").status()).isEqualTo(200);
  }

  @Test
  void theKernelAndTheIntegrationRuntimeCannotBeSwitchedOff() {
    Reply kernel = admin.put("/modules/kernel", Api.json("enabled", false));
    Reply integration = admin.put("/modules/integration", Api.json("enabled", false));

    assertThat(kernel.status()).isEqualTo(422);
    assertThat(kernel.json().getString("code")).isEqualTo("module.mandatory");
    assertThat(integration.status()).isEqualTo(422);
  }

  @Test
  void anUnknownModuleIsNotFoundAndTheWantedStateIsRequired() {
    assertThat(admin.put("/modules/mars", Api.json("enabled", false)).status()).isEqualTo(404);
    assertThat(admin.put("/modules/egov", "{}").status()).isEqualTo(400);
  }

  private java.util.List<String> sections() {
    return admin.get("/menu").jsonArray().getValuesAs(JsonObject.class).stream()
        .map(section -> section.getString("module"))
        .toList();
  }

  private java.util.List<String> routeIds() {
    return admin.get("/integration/routes").jsonArray().getValuesAs(JsonObject.class).stream()
        .map(route -> route.getString("routeId"))
        .toList();
  }
}
