package cn.finegov.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform around the modules: health, OpenAPI, the one error format, the shell API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void healthReportsTheDatabaseAndCamelWithItsRoutes() {
    Reply reply = Api.anonymous().getAbsolute(Api.server() + "/health/ready");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject database = check(reply.json(), "governance-database");
    JsonObject camel = check(reply.json(), "governance-camel");
    assertThat(database.getString("status")).isEqualTo("UP");
    assertThat(database.getJsonObject("data").getString("database")).startsWith("PostgreSQL");
    assertThat(camel.getString("status")).isEqualTo("UP");
    assertThat(camel.getJsonObject("data").getString("context")).isEqualTo("Started");
    assertThat(camel.getJsonObject("data").keySet())
        .contains(
            "route.egov-orgsync-file", "route.egov-orgsync-sftp", "route.egov-orgsync-intake");
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    Reply reply = Api.anonymous().getAbsolute(Api.server() + "/openapi?format=json");

    assertThat(reply.status()).isEqualTo(200);
    JsonObject paths = reply.json().getJsonObject("paths");
    assertThat(paths.keySet())
        .anySatisfy(path -> assertThat(path).endsWith("/org/units"))
        .anySatisfy(path -> assertThat(path).endsWith("/integration/dead-letters"))
        .anySatisfy(path -> assertThat(path).endsWith("/egov/orgsync/files"));
  }

  @Test
  void anUnknownPathIsA404ProblemDocument() {
    Reply reply = Api.as("observer").get("/no/such/thing");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getString("detail")).isEqualTo("请求的资源不存在。");
  }

  @Test
  void aWrongMethodIsA405ProblemDocument() {
    Reply reply = Api.as("sysadmin").put("/modules", "{}");

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void theMenuListsTheSectionsOfTheInstalledModulesTheUserMaySee() {
    Reply admin = Api.as("sysadmin").get("/menu");
    Reply worker = Api.as("gridworker").inEnglish().get("/menu");

    assertThat(admin.jsonArray().getValuesAs(JsonObject.class))
        .extracting(section -> section.getString("module"))
        .containsExactly("kernel", "integration", "egov", "hotline");
    List<JsonObject> sections = worker.jsonArray().getValuesAs(JsonObject.class);
    assertThat(sections)
        .extracting(section -> section.getString("module"))
        .containsExactly("kernel", "grid");
    assertThat(sections.get(0).getJsonArray("entries").getValuesAs(JsonObject.class))
        .extracting(entry -> entry.getString("id"))
        .containsExactly(
            "kernel-units", "kernel-exports", "kernel-notifications", "kernel-account");
    assertThat(sections.get(1).getJsonArray("entries").getValuesAs(JsonObject.class))
        .extracting(entry -> entry.getString("id"))
        .containsExactly(
            "grid-inbox",
            "grid-report",
            "grid-map",
            "grid-grids",
            "grid-roads",
            "grid-components",
            "grid-categories");
    Reply me = Api.as("gridworker").get("/me");
    assertThat(me.json().getString("unitName")).isEqualTo("望江街道望江社区居民委员会");
  }

  private static JsonObject check(JsonObject health, String name) {
    return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(check -> name.equals(check.getString("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
  }
}
