package cn.finegov.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.hotline.HotlineTicketApiIT;
import cn.finegov.systemtest.hotline.HotlineToTaskIT;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Modules left out of the EAR (what {@code -P '!module-egov'} and {@code
 * -Dgovernance.without.planning} build; both at once, one deployment) leave the rest working: the
 * suite deploys and is healthy, the shell and the other modules work, and the missing modules'
 * menu, REST paths and routes are simply absent. The hotline, which uses the planning module when
 * it is there, still takes a ticket of a planning category: it waits for staff, routing it to an
 * immediate task is refused (422) and offered nowhere, and answering it by hand works.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModuleLeftOutIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.ear();
    WebArchive web = Deployments.webModule(ear);
    for (String module : List.of("egov", "planning")) {
      List<ArchivePath> jar =
          web
              .getContent(
                  path -> path.get().matches("/WEB-INF/lib/governance-" + module + "-.*\\.jar"))
              .keySet()
              .stream()
              .toList();
      assertThat(jar).as("the %s module jar in the EAR under test", module).hasSize(1);
      jar.forEach(web::delete);
    }
    return Deployments.withWebModule(ear, web);
  }

  @Test
  void theSuiteRunsWithoutTheModule() {
    Reply health = Api.anonymous().getAbsolute(Api.server() + "/health/ready");
    assertThat(health.status()).as(health.toString()).isEqualTo(200);
    assertThat(health.body()).doesNotContain("egov-orgsync");

    assertThat(Api.as("sysadmin").get("/menu").jsonArray().getValuesAs(JsonObject.class))
        .extracting(section -> section.getString("module"))
        .containsExactly("kernel", "integration", "hotline");
    assertThat(Api.as("sysadmin").get("/modules").jsonArray().getValuesAs(JsonObject.class))
        .extracting(module -> module.getString("key"))
        .containsExactlyInAnyOrder("kernel", "grid", "integration", "hotline");
    assertThat(Api.as("sysadmin").get("/egov/orgsync/imports").status()).isEqualTo(404);
    assertThat(Api.as("sysadmin").get("/planning/plans").status()).isEqualTo(404);
    assertThat(Api.as("sysadmin").get("/org/units/by-code/990100").status()).isEqualTo(200);
    // Only the remaining integration module's routes run.
    assertThat(
            Api.as("sysadmin").get("/integration/routes").jsonArray().getValuesAs(JsonObject.class))
        .extracting(route -> route.getString("routeId"))
        .isNotEmpty()
        .allMatch(id -> id.startsWith("hotline-"), "a hotline route");
  }

  @Test
  void theScreensOfTheRemainingModulesWork() {
    assertThat(
            Api.as("sysadmin")
                .getAbsolute(Api.server() + "/governance/kernel/admin/units.xhtml")
                .status())
        .isEqualTo(200);
    assertThat(
            Api.as("sysadmin")
                .getAbsolute(Api.server() + "/governance/integration/routes.xhtml")
                .status())
        .isEqualTo(200);
    assertThat(
            Api.as("sysadmin")
                .getAbsolute(Api.server() + "/governance/egov/orgsync.xhtml")
                .status())
        .isEqualTo(404);
  }

  @Test
  void aPlanningTicketWaitsForStaffAndCannotBecomeATask() {
    String no =
        HotlineTicketApiIT.push(
            HotlineTicketApiIT.ticket(
                HotlineToTaskIT.PLANNING_CATEGORY, "JY", "李四", "13900001111", false, false, null));
    HotlineTicketApiIT.awaitListed(no);
    Api staff = Accounts.as(HotlineTicketApiIT.operator());
    JsonObject detail = staff.get("/hotline/tickets/" + no).json();
    assertThat(detail.getJsonObject("summary").getString("state")).isEqualTo("AWAITING_ROUTING");
    assertThat(detail.getBoolean("mayRoute")).isTrue();
    assertThat(detail.getBoolean("mayRouteToTask")).isFalse();

    Reply refused = staff.post("/hotline/tickets/" + no + "/task", "{}");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.body()).contains(no);

    Reply page = staff.getAbsolute(Api.server() + "/governance/hotline/ticket.xhtml?no=" + no);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("actions:answer").doesNotContain("actions:routeToTask");

    Reply answered = staff.post("/hotline/tickets/" + no + "/answer", Api.json("reply", "已答复"));
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    assertThat(answered.json().getJsonObject("summary").getString("state")).isEqualTo("REPLIED");
  }
}
