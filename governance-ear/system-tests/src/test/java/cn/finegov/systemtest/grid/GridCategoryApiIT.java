package cn.finegov.systemtest.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Categories and routing rules through the REST API on PostgreSQL: limits changed and audited, bad
 * limits refused with nothing stored, permissions, and the most specific routing rule winning.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GridCategoryApiIT {

  /** Grids of a county that is not the demo city's, so that no rule here routes a real case. */
  private static final String STREET = "980101001";

  private static final String COMMUNITY = "980101001001";
  private static final String UNIT_GRID = "98010100100101";
  private static final String OTHER_UNIT_GRID = "98010100200101";

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void theShippedCategoriesAreLoaded() {
    Reply list = Api.as("handler").get("/grid/categories");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    Reply lamp = Api.as("handler").get("/grid/categories/C0109");
    assertThat(lamp.status()).as(lamp.toString()).isEqualTo(200);
    assertThat(lamp.json().getString("name")).isEqualTo("路灯");
    assertThat(lamp.json().getJsonObject("limits").getString("SIGN")).isEqualTo("1h");
  }

  @Test
  void aLimitIsChangedAndAuditedAndABadLimitChangesNothing() {
    String code = GridCategories.create("测试限时", "990102-CG", false);
    Api admin = Api.as("modadmin");
    JsonObject stored = admin.get("/grid/categories/" + code).json();
    assertThat(stored.getJsonObject("limits").getString("HANDLE")).isEqualTo("2wd");

    Reply changed =
        admin.put(
            "/grid/categories/" + code,
            GridCategories.body(
                code,
                "测试限时",
                GridCategories.limits("30min", "30min", "1h", "90min", "2h"),
                "990102-CG",
                false));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getJsonObject("limits").getString("HANDLE")).isEqualTo("90min");

    Reply bad =
        admin
            .inEnglish()
            .put(
                "/grid/categories/" + code,
                GridCategories.body(
                    code,
                    "改了名字",
                    GridCategories.limits("30min", "0h", "1h", "5 days", "2h"),
                    "990102-CG",
                    true));
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.body()).contains("limits.HANDLE").contains("limits.DISPATCH").contains("5 days");
    JsonObject after = admin.get("/grid/categories/" + code).json();
    assertThat(after.getString("name")).isEqualTo("测试限时");
    assertThat(after.getJsonObject("limits").getString("HANDLE")).isEqualTo("90min");
    assertThat(after.getBoolean("publicService")).isFalse();

    Reply unknownUnit =
        admin.put(
            "/grid/categories/" + code,
            GridCategories.body(
                code,
                "测试限时",
                GridCategories.limits("30min", "30min", "1h", "90min", "2h"),
                "NO-SUCH-UNIT",
                false));
    assertThat(unknownUnit.status()).isEqualTo(400);
    assertThat(unknownUnit.body()).contains("defaultUnit");

    JsonObject audit =
        Api.as("auditadmin")
            .get("/audit?entityType=Category&action=UPDATE&entityId=" + code)
            .json();
    assertThat(audit.getInt("total")).isEqualTo(1);
    assertThat(audit.getJsonArray("items").getJsonObject(0).getString("actor"))
        .isEqualTo("modadmin");

    Reply badNew =
        admin.post(
            "/grid/categories",
            GridCategories.body(
                "E9900",
                "坏代码",
                GridCategories.limits("30min", "30min", "1h", "1wd", "2h"),
                null,
                true));
    assertThat(badNew.status()).isEqualTo(400);
    assertThat(admin.get("/grid/categories/E9900").status()).isEqualTo(404);
  }

  @Test
  void readersReadAndOnlyManagersChange() {
    String code = GridCategories.create("测试权限", null, true);
    String body =
        GridCategories.body(
            code, "被改了", GridCategories.limits("1h", "1h", "1h", "1h", "1h"), null, true);

    assertThat(Api.as("handler").get("/grid/categories/" + code).status()).isEqualTo(200);
    assertThat(Api.as("handler").put("/grid/categories/" + code, body).status()).isEqualTo(403);
    assertThat(
            Api.as("handler").post("/grid/routing-rules", rule(code, null, "990102-CG")).status())
        .isEqualTo(403);
    assertThat(Api.anonymous().get("/grid/categories").status()).isEqualTo(401);
    assertThat(Api.as("modadmin").get("/grid/categories/" + code).json().getString("name"))
        .isEqualTo("测试权限");
  }

  @Test
  void theMostSpecificRoutingRuleWins() {
    String water = GridCategories.create("测试路由甲", "990100-SW", false);
    String other = GridCategories.create("测试路由乙", "990100-HJ", false);
    Api admin = Api.as("modadmin");

    long categoryOnly = added(admin.post("/grid/routing-rules", rule(water, null, "990100-JT")));
    long categoryAndStreet =
        added(admin.post("/grid/routing-rules", rule(water, STREET, "990102-CG")));
    long communityOnly =
        added(admin.post("/grid/routing-rules", rule(null, COMMUNITY, "990102001")));
    try {
      assertThat(route(water, UNIT_GRID)).isEqualTo("990102-CG");
      assertThat(route(water, OTHER_UNIT_GRID)).isEqualTo("990100-JT");
      assertThat(route(water, null)).isEqualTo("990100-JT");
      assertThat(route(other, UNIT_GRID)).isEqualTo("990102001");
      assertThat(route(other, OTHER_UNIT_GRID)).isEqualTo("990100-HJ");

      Reply twin = admin.post("/grid/routing-rules", rule(water, STREET, "990100-SW"));
      assertThat(twin.status()).as(twin.toString()).isEqualTo(409);
      Reply tooWide = admin.post("/grid/routing-rules", rule(null, null, "990100-SW"));
      assertThat(tooWide.status()).isEqualTo(400);
      Reply badGrid = admin.post("/grid/routing-rules", rule(water, "12345", "990100-SW"));
      assertThat(badGrid.status()).isEqualTo(400);
      assertThat(badGrid.body()).contains("grid");

      assertThat(admin.delete("/grid/routing-rules/" + categoryAndStreet).status()).isEqualTo(204);
      assertThat(route(water, UNIT_GRID)).isEqualTo("990100-JT");
      assertThat(
              Api.as("auditadmin")
                  .get("/audit?entityType=RoutingRule&action=DELETE&entityId=" + categoryAndStreet)
                  .json()
                  .getInt("total"))
          .isEqualTo(1);
    } finally {
      admin.delete("/grid/routing-rules/" + categoryOnly);
      admin.delete("/grid/routing-rules/" + categoryAndStreet);
      admin.delete("/grid/routing-rules/" + communityOnly);
    }
    assertThat(route(water, UNIT_GRID)).isEqualTo("990100-SW");
  }

  private static String rule(String category, String grid, String unit) {
    return Api.json("category", category, "grid", grid, "unitCode", unit);
  }

  private static long added(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getJsonNumber("id").longValue();
  }

  private static String route(String category, String grid) {
    Reply reply =
        Api.as("handler")
            .get(
                "/grid/routing-rules/route?category="
                    + category
                    + (grid == null ? "" : "&grid=" + grid));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject route = reply.json();
    return route.isNull("unitCode") ? null : route.getString("unitCode");
  }
}
