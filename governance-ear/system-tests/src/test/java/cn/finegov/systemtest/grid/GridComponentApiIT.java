package cn.finegov.systemtest.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Codes;
import cn.finegov.systemtest.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The component inventory through REST on PostgreSQL: registering with the next free id and an
 * audit entry, bad input refused with every reason and nothing stored, permissions, filters, a
 * GeoJSON import with one bad row storing nothing and reporting the row, and the Excel export read
 * back by the import.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GridComponentApiIT {

  private final Api manager = Api.as("modadmin");

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  /** A component id of district 990102 and category {@code category} no earlier run used. */
  static String freshId(String category) {
    for (int attempt = 0; attempt < 20; attempt++) {
      String id =
          "990102"
              + category
              + String.format("%06d", ThreadLocalRandom.current().nextInt(500_000, 999_999));
      if (Api.as("modadmin").get("/grid/components/by-id/" + id).status() == 404) {
        return id;
      }
    }
    throw new AssertionError("no free component id");
  }

  @Test
  void aComponentGetsTheNextIdOfItsDistrictAndCategoryAndIsAudited() {
    String name = "测试井盖" + Codes.unique("");
    Reply created =
        manager.post(
            "/grid/components",
            "{\"category\":\"C0101\",\"district\":\"990102\",\"name\":\""
                + name
                + "\",\"competentUnit\":\"990100-E01\",\"ownerName\":\"江城水务集团有限公司\","
                + "\"latitude\":30.2759,\"longitude\":120.1432,\"state\":\"破损\"}");

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject component = created.json();
    String id = component.getString("componentId");
    assertThat(id).hasSize(16).startsWith("9901020101");
    assertThat(component.getString("state")).isEqualTo("DAMAGED");
    assertThat(component.getString("categoryName")).contains("上水井盖");
    assertThat(manager.get("/grid/components/by-id/" + id).json().getString("name"))
        .isEqualTo(name);
    JsonObject audit =
        Api.as("auditadmin").get("/audit?entityType=Component&action=CREATE&entityId=" + id).json();
    assertThat(audit.getInt("total")).isEqualTo(1);

    JsonObject listed =
        manager.get("/grid/components?category=0101&state=DAMAGED&q=" + name).json();
    assertThat(listed.getInt("total")).isEqualTo(1);
    assertThat(manager.get("/grid/components?state=INTACT&q=" + name).json().getInt("total"))
        .isZero();

    long key = component.getJsonNumber("id").longValue();
    Reply changed =
        manager.put(
            "/grid/components/" + key,
            "{\"name\":\""
                + name
                + "\",\"competentUnit\":\"990100-E01\",\"latitude\":30.2759,\"longitude\":120.1432,"
                + "\"state\":\"INTACT\",\"version\":"
                + component.getJsonNumber("version")
                + "}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getString("state")).isEqualTo("INTACT");
  }

  @Test
  void badInputIsRefusedWithEveryReasonAndNothingIsStored() {
    String name = "坏部件" + Codes.unique("");
    Reply reply =
        manager.post(
            "/grid/components",
            "{\"category\":\"C9999\",\"district\":\"990102\",\"name\":\""
                + name
                + "\",\"competentUnit\":\"990100-E01\",\"latitude\":95,\"longitude\":120.1,"
                + "\"state\":\"BROKEN\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(error -> error.getString("field"))
        .contains("place", "state");
    assertThat(manager.get("/grid/components?q=" + name).json().getInt("total")).isZero();

    Reply wrongCategory =
        manager.post(
            "/grid/components",
            "{\"componentId\":\"9901029999000001\",\"name\":\""
                + name
                + "\",\"competentUnit\":\"990100-E01\",\"latitude\":30.27,\"longitude\":120.14,"
                + "\"state\":\"INTACT\"}");
    assertThat(wrongCategory.status()).isEqualTo(400);
    assertThat(wrongCategory.json().getString("detail")).contains("小类 9999 不是已启用的部件小类");
    assertThat(manager.get("/grid/components?q=" + name).json().getInt("total")).isZero();
  }

  @Test
  void readingNeedsTheReferencePermissionAndChangingTheManagePermission() {
    assertThat(Api.anonymous().get("/grid/components").status()).isEqualTo(401);
    assertThat(Api.as("sysadmin").get("/grid/components").status()).isEqualTo(403);
    assertThat(Api.as("observer").get("/grid/components").status()).isEqualTo(200);
    Reply refused =
        Api.as("gridworker")
            .post(
                "/grid/components",
                "{\"category\":\"C0101\",\"district\":\"990102\",\"name\":\"x\","
                    + "\"competentUnit\":\"990100-E01\",\"latitude\":30.27,\"longitude\":120.14,"
                    + "\"state\":\"INTACT\"}");
    assertThat(refused.status()).isEqualTo(403);
  }

  @Test
  void anImportWithOneBadRowStoresNothingAndNamesTheRow() throws Exception {
    String first = freshId("0109");
    String second = freshId("0301");
    String third = freshId("0303");
    String tag = Codes.unique("");

    Reply refused =
        manager.postBytes(
            "/grid/components/import?name=survey.geojson",
            "application/geo+json",
            collection(
                    feature(first, "路灯" + tag, "INTACT"),
                    feature(second, "果皮箱" + tag, "BROKEN"),
                    feature(third, "座椅" + tag, "OCCUPIED"))
                .getBytes(StandardCharsets.UTF_8));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(error -> error.getString("field"))
        .containsExactly("row 2.state");
    assertThat(refused.json().getString("detail")).contains("BROKEN");
    for (String id : new String[] {first, second, third}) {
      assertThat(manager.get("/grid/components/by-id/" + id).status()).as(id).isEqualTo(404);
    }

    Reply imported =
        manager.postBytes(
            "/grid/components/import?name=survey.geojson",
            "application/geo+json",
            collection(
                    feature(first, "路灯" + tag, "INTACT"),
                    feature(second, "果皮箱" + tag, "DAMAGED"),
                    feature(third, "座椅" + tag, "OCCUPIED"))
                .getBytes(StandardCharsets.UTF_8));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().getInt("created")).isEqualTo(3);
    assertThat(manager.get("/grid/components/by-id/" + second).json().getString("state"))
        .isEqualTo("DAMAGED");

    byte[] workbook = export("?q=" + tag);
    assertThat(new String(workbook, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    Reply again =
        manager.postBytes(
            "/grid/components/import?name=components.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            workbook);
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().getInt("rows")).isEqualTo(3);
    assertThat(again.json().getInt("unchanged")).isEqualTo(3);
  }

  private static String feature(String id, String name, String state) {
    return Json.createObjectBuilder()
        .add("type", "Feature")
        .add(
            "properties",
            Json.createObjectBuilder()
                .add("componentId", id)
                .add("name", name)
                .add("competentUnit", "990102-CG")
                .add("ownerName", "滨江区城市管理局")
                .add("state", state))
        .add(
            "geometry",
            Json.createObjectBuilder()
                .add("type", "Point")
                .add("coordinates", Json.createArrayBuilder().add(120.1520).add(30.2753)))
        .build()
        .toString();
  }

  private static String collection(String... features) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (String feature : features) {
      array.add(Json.createReader(new java.io.StringReader(feature)).readObject());
    }
    return Json.createObjectBuilder()
        .add("type", "FeatureCollection")
        .add("features", array)
        .build()
        .toString();
  }

  private static byte[] export(String query) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Api.base() + "/grid/components/export" + query))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            ("modadmin:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .GET()
            .build();
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    return response.body();
  }
}
