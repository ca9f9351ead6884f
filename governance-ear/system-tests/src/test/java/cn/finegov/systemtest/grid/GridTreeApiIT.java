package cn.finegov.systemtest.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Deployments;
import cn.finegov.systemtest.grid.GridTrees.Street;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The grid tree through REST on PostgreSQL: street → community → unit grids as GeoJSON, which unit
 * grid a place lies in (the case intake's locator), refused codes and outlines with clear messages
 * and nothing stored, all-or-nothing imports, grid groups with masked phones, audit entries, and
 * who may do what.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GridTreeApiIT {

  private final Api admin = Api.as("modadmin");

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void aStreetCommunityAndUnitGridsAreCreatedListedLocatedChangedAndAudited() {
    Street street = GridTrees.newTree();

    JsonObject units = admin.get("/grid/grids?parent=" + street.community()).json();
    assertThat(units.getString("type")).isEqualTo("FeatureCollection");
    List<JsonObject> features = units.getJsonArray("features").getValuesAs(JsonObject.class);
    assertThat(features)
        .extracting(f -> f.getJsonObject("properties").getString("code"))
        .containsExactly(street.unit(1), street.unit(2));
    JsonObject west = features.get(0);
    assertThat(west.getJsonObject("properties").getString("level")).isEqualTo("UNIT");
    assertThat(west.getJsonObject("properties").getString("parentCode"))
        .isEqualTo(street.community());
    double radius = 6_371_008.8;
    double expected =
        radius
            * radius
            * Math.toRadians(0.01)
            * (Math.sin(Math.toRadians(street.latitude() + 0.02))
                - Math.sin(Math.toRadians(street.latitude())));
    assertThat(west.getJsonObject("properties").getJsonNumber("area").doubleValue())
        .as("0.01° × 0.02° on the sphere")
        .isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(0.1));
    assertThat(west.getJsonObject("geometry").getString("type")).isEqualTo("Polygon");
    assertThat(admin.get("/grid/grids?level=STREET").body()).contains(street.code());
    Reply street1 = admin.get("/grid/grids/" + street.code());
    assertThat(street1.status()).isEqualTo(200);
    assertThat(street1.json().get("geometry")).isEqualTo(JsonValue.NULL);

    double[] east = street.inside(2);
    Reply located =
        Api.as("gridworker").get("/grid/grids/locate?lat=" + east[0] + "&lon=" + east[1]);
    assertThat(located.status()).as(located.toString()).isEqualTo(200);
    assertThat(located.json().getString("gridCode")).isEqualTo(street.unit(2));
    assertThat(located.json().getString("unitCode")).isEqualTo("990102001001");
    // A report naming the unit grid without coordinates (an old system, a hotline ticket) is
    // placed at a point inside that grid; coordinates half given are refused.
    Reply byGrid = Api.as("gridworker").post("/grid/cases", lampReport("gridCode", street.unit(2)));
    assertThat(byGrid.status()).as(byGrid.toString()).isEqualTo(201);
    JsonObject summary = byGrid.json().getJsonObject("summary");
    assertThat(summary.getString("gridCode")).isEqualTo(street.unit(2));
    assertThat(summary.getJsonNumber("latitude").doubleValue())
        .isBetween(street.latitude(), street.latitude() + 0.02);
    assertThat(summary.getJsonNumber("longitude").doubleValue())
        .isBetween(street.longitude() + 0.01, street.longitude() + 0.02);
    Reply halfPlace =
        Api.as("gridworker").post("/grid/cases", lampReport("latitude", Json.createValue(east[0])));
    assertThat(halfPlace.status()).as(halfPlace.toString()).isEqualTo(400);
    assertThat(halfPlace.body()).contains("place");

    Reply nowhere =
        admin.get("/grid/grids/locate?lat=" + (street.latitude() - 0.5) + "&lon=" + east[1]);
    assertThat(nowhere.status()).isEqualTo(404);
    assertThat(nowhere.json().getString("code")).isEqualTo("grid.tree.no-grid-at");

    // change: the name, and take it out of use (then no place lies in it); a stale version fails
    long version = west.getJsonObject("properties").getJsonNumber("version").longValue();
    String change =
        Api.json(
            "version",
            version,
            "name",
            "测试西网格（改）",
            "unitCode",
            "990102001001",
            "outline",
            street.half(1),
            "active",
            false);
    Reply changed = admin.put("/grid/grids/" + street.unit(1), change);
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getJsonObject("properties").getString("name")).isEqualTo("测试西网格（改）");
    assertThat(changed.json().getJsonObject("properties").getBoolean("active")).isFalse();
    assertThat(admin.put("/grid/grids/" + street.unit(1), change).status()).isEqualTo(409);
    double[] westPoint = street.inside(1);
    assertThat(
            admin.get("/grid/grids/locate?lat=" + westPoint[0] + "&lon=" + westPoint[1]).status())
        .isEqualTo(404);

    JsonObject audit =
        Api.as("auditadmin")
            .get("/audit?entityType=Grid&entityId=" + street.unit(1) + "&max=10")
            .json();
    assertThat(audit.getInt("total")).isEqualTo(2);
    assertThat(audit.toString()).contains("CREATE").contains("UPDATE").contains("测试西网格（改）");
  }

  @Test
  void badCodesAndOutlinesAreRefusedWithTheirReasonAndNothingIsStored() {
    Street street = GridTrees.newStreet();
    GridTrees.create(street.code(), "测试街道", "990102001", null);

    Reply shortCode =
        admin.post(
            "/grid/grids", GridTrees.grid(street.code() + "01", "x", "990102001", street.square()));
    assertThat(shortCode.status()).isEqualTo(400);
    assertThat(fields(shortCode)).containsExactly("code");
    assertThat(shortCode.json().getString("detail"))
        .contains(street.code() + "01")
        .contains("14/15");

    JsonObject open =
        Json.createReader(
                new java.io.StringReader(
                    "{\"type\":\"Polygon\",\"coordinates\":[[[100,40],[100.01,40],[100.01,40.01],"
                        + "[100,40.01]]]}"))
            .readObject();
    Reply openRing =
        Api.as("modadmin")
            .inEnglish()
            .post("/grid/grids", GridTrees.grid(street.community(), "x", "990102001001", open));
    assertThat(openRing.status()).isEqualTo(400);
    assertThat(fields(openRing)).containsExactly("outline");
    assertThat(openRing.json().getString("detail")).contains("not closed");

    Reply noParent =
        admin.post(
            "/grid/grids", GridTrees.grid(street.unit(1), "x", "990102001001", street.half(1)));
    assertThat(noParent.status()).isEqualTo(400);
    assertThat(fields(noParent)).containsExactly("code");
    assertThat(noParent.json().getString("detail")).contains(street.community());

    Reply mismatch =
        admin.post(
            "/grid/grids",
            Api.json(
                "code",
                street.community(),
                "parentCode",
                "990102002",
                "level",
                "UNIT",
                "name",
                "x",
                "unitCode",
                "990102001001",
                "outline",
                street.square()));
    assertThat(mismatch.status()).isEqualTo(400);
    assertThat(fields(mismatch)).containsExactlyInAnyOrder("level", "parentCode");

    Reply noUnitGridOutline =
        admin.post("/grid/grids", GridTrees.grid(street.community(), "x", "nosuchunit", null));
    assertThat(noUnitGridOutline.status()).isEqualTo(400);
    assertThat(fields(noUnitGridOutline)).containsExactly("unitCode");

    assertThat(admin.get("/grid/grids/" + street.community()).status()).isEqualTo(404);
    assertThat(admin.get("/grid/grids?parent=" + street.code()).json().getJsonArray("features"))
        .isEmpty();
    assertThat(
            admin
                .post("/grid/grids", GridTrees.grid(street.code(), "again", "990102001", null))
                .status())
        .as("a code is taken once")
        .isEqualTo(409);
  }

  @Test
  void anImportIsAllOrNothingAndAReimportChangesNothing() {
    Street street = GridTrees.newStreet();
    String valid =
        collection(
            feature(street.code(), "导入街道", "990102001", null),
            feature(street.community(), "导入社区", "990102001001", street.square()),
            feature(street.unit(1), "导入西网格", "990102001001", street.half(1)));
    JsonObject badOutline =
        Json.createObjectBuilder().add("type", "Point").add("coordinates", "[1,2]").build();
    String invalid =
        collection(
            feature(street.code(), "导入街道", "990102001", null),
            feature(street.community(), "导入社区", "990102001001", street.square()),
            feature(street.unit(1), "导入西网格", "990102001001", street.half(1)),
            feature(street.unit(2), "导入东网格", "990102001001", badOutline));

    Reply refused = post(invalid);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(fields(refused)).containsExactly("features[4].outline");
    assertThat(admin.get("/grid/grids/" + street.code()).status())
        .as("nothing stored")
        .isEqualTo(404);
    assertThat(post("not json").status()).isEqualTo(400);

    Reply imported = post(valid);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().getInt("created")).isEqualTo(3);
    Reply again = post(valid);
    assertThat(again.json().getInt("unchanged")).isEqualTo(3);
    assertThat(
            admin
                .get("/grid/grids/" + street.unit(1))
                .json()
                .getJsonObject("properties")
                .getString("name"))
        .isEqualTo("导入西网格");

    Reply excel = admin.get("/grid/grids/export.xlsx");
    assertThat(excel.status()).isEqualTo(200);
    assertThat(excel.contentType()).contains("spreadsheetml");
  }

  @Test
  void anExcelSheetInTheExportsColumnsImportsWithErrorsByRow() throws IOException {
    Street street = GridTrees.newStreet();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"outline", "name", "code", "unitCode", "area"});
    rows.add(new String[] {"", "表格街道", street.code(), "990102001", ""});
    rows.add(
        new String[] {street.square().toString(), "表格社区", street.community(), "990102001001", "1"});
    rows.add(new String[] {street.half(1).toString(), "表格西网格", street.unit(1), "990102001001", ""});
    rows.add(
        new String[] {
          "{\"type\":\"Point\",\"coordinates\":[1,2]}", "表格东网格", street.unit(2), "990102001001", ""
        });
    rows.add(new String[] {street.half(2).toString(), "", street.unit(2) + "9", "990199", ""});

    Reply refused = postExcel(rows);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(fields(refused))
        .contains("row 5.outline", "row 6.code", "row 6.name", "row 6.unitCode")
        .noneMatch(field -> field.startsWith("row 2") || field.startsWith("row 4"));
    assertThat(admin.get("/grid/grids/" + street.code()).status()).isEqualTo(404);

    rows.set(
        4, new String[] {street.half(2).toString(), "表格东网格", street.unit(2), "990102001001", ""});
    rows.remove(5);
    Reply imported = postExcel(rows);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().getInt("created")).isEqualTo(4);
    JsonObject east = admin.get("/grid/grids/" + street.unit(2)).json();
    assertThat(east.getJsonObject("properties").getString("name")).isEqualTo("表格东网格");
    assertThat(east.getJsonObject("geometry").getString("type")).isEqualTo("Polygon");

    Reply noHeader =
        postExcel(List.<String[]>of(new String[] {"名称", "编码"}, new String[] {"x", "y"}));
    assertThat(noHeader.status()).isEqualTo(400);
    assertThat(noHeader.body()).contains("code");
  }

  private Reply postExcel(List<String[]> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "governance-tests", "1.0");
    Worksheet sheet = workbook.newWorksheet("grids");
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).length; c++) {
        if (!rows.get(r)[c].isEmpty()) {
          sheet.value(r, c, rows.get(r)[c]);
        }
      }
    }
    workbook.finish();
    return admin.postBytes(
        "/grid/grids/import",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        out.toByteArray());
  }

  @Test
  void aGridGroupHasOneLeaderAndListsMaskPhones() {
    Street street = GridTrees.newTree();
    String group =
        "{\"name\":\"测试小组\",\"members\":["
            + "{\"type\":\"GRID_WORKER\",\"leader\":true,\"username\":\"gridworker\",\"name\":\"郑敏\",\"phone\":\"13912345678\"},"
            + "{\"type\":\"OWNERS_DELEGATE\",\"leader\":false,\"name\":\"业主代表\",\"phone\":\"13800001111\"}]}";

    Reply saved = admin.put("/grid/grids/" + street.unit(1) + "/group", group);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(admin.get("/grid/grids/" + street.unit(1) + "/group").body())
        .contains("13912345678");
    String seenByWorker =
        Api.as("gridworker").get("/grid/grids/" + street.unit(1) + "/group").body();
    assertThat(seenByWorker).contains("139****5678").doesNotContain("13912345678");

    Reply twoLeaders =
        admin.put("/grid/grids/" + street.unit(2) + "/group", group.replace("false", "true"));
    assertThat(twoLeaders.status()).isEqualTo(400);
    assertThat(twoLeaders.json().getString("detail")).contains("2");
    assertThat(admin.get("/grid/grids/" + street.unit(2) + "/group").status()).isEqualTo(404);
    assertThat(admin.put("/grid/grids/" + street.community() + "/group", group).status())
        .as("groups look after unit grids")
        .isEqualTo(422);
  }

  @Test
  void readersCannotChangeStrangersCannotReadAndScopeLimitsManagers() {
    Street street = GridTrees.newStreet();
    String body = GridTrees.grid(street.code(), "x", "990102001", null);

    assertThat(Api.as("gridworker").post("/grid/grids", body).status()).isEqualTo(403);
    assertThat(Api.as("gridworker").get("/grid/grids?level=STREET").status()).isEqualTo(200);
    assertThat(Api.as("discloser").get("/grid/grids").status()).isEqualTo(403);
    assertThat(Api.anonymous().get("/grid/grids").status()).isEqualTo(401);
    assertThat(Api.as("gridworker").post("/grid/grids/import", "{}").status()).isEqualTo(403);

    // a module administrator of another district may manage grids, but not those of 望江街道
    String other = Accounts.ready("gm", "990105", "MODULE_ADMIN");
    Reply outside = Accounts.as(other).post("/grid/grids", body);
    assertThat(outside.status()).as(outside.toString()).isEqualTo(403);
    assertThat(outside.json().getString("code")).isEqualTo("grid.tree.unit-out-of-scope");
    Reply inside =
        Accounts.as(other)
            .post("/grid/grids", GridTrees.grid(street.code(), "云山测试街道", "990105001", null));
    assertThat(inside.status()).as(inside.toString()).isEqualTo(201);
    assertThat(admin.get("/grid/grids/" + street.code()).status()).isEqualTo(200);
  }

  private Reply post(String collection) {
    return admin.postBytes(
        "/grid/grids/import", "application/geo+json", collection.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> fields(Reply reply) {
    JsonArray errors = reply.json().getJsonArray("errors");
    return errors == null
        ? List.of()
        : errors.getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
  }

  private static JsonObject feature(String code, String name, String unit, JsonObject geometry) {
    var builder =
        Json.createObjectBuilder()
            .add("type", "Feature")
            .add(
                "properties",
                Json.createObjectBuilder()
                    .add("code", code)
                    .add("name", name)
                    .add("unitCode", unit));
    if (geometry == null) {
      builder.addNull("geometry");
    } else {
      builder.add("geometry", geometry);
    }
    return builder.build();
  }

  private static String collection(JsonObject... features) {
    var array = Json.createArrayBuilder();
    for (JsonObject feature : features) {
      array.add(feature);
    }
    return Json.createObjectBuilder()
        .add("type", "FeatureCollection")
        .add("features", array)
        .build()
        .toString();
  }

  /** A street lamp report with only the place fields given. */
  private static String lampReport(String placeField, Object value) {
    return Api.json(
        "category",
        GridCases.STREET_LAMP,
        placeField,
        value,
        "address",
        "江城市滨江区网格路1号",
        "description",
        "只给部分位置的上报");
  }
}
