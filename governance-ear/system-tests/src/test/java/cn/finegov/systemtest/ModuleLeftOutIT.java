package cn.finegov.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api.Reply;
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
 * A module left out of the EAR (what {@code -P '!module-egov'} builds) leaves the rest working: the
 * suite deploys and is healthy, the shell and the other modules work, and the missing module's
 * menu, REST paths and routes are simply absent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModuleLeftOutIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.ear();
    WebArchive web = Deployments.webModule(ear);
    List<ArchivePath> egov =
        web
            .getContent(path -> path.get().matches("/WEB-INF/lib/governance-egov-.*\\.jar"))
            .keySet()
            .stream()
            .toList();
    assertThat(egov).as("the e-government module jar in the EAR under test").hasSize(1);
    egov.forEach(web::delete);
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
        .containsExactlyInAnyOrder("kernel", "grid", "planning", "integration", "hotline");
    assertThat(Api.as("sysadmin").get("/egov/orgsync/imports").status()).isEqualTo(404);
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
}
