package cn.finegov.systemtest.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Codes;
import cn.finegov.systemtest.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Road segments, road chiefs and patrols through REST on PostgreSQL: create with audit, clear 400s
 * with nothing stored, 401/403, chiefs' phones masked for mere readers (the signboard's public
 * phone not), and a patrol started, tracked and ended by the chief and refused for anybody else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GridRoadApiIT {

  /** Along latitude 30.2760 from longitude 120.1400 to 120.1500 (about 960 m), in 望江街道. */
  static final JsonObject LINE =
      Json.createObjectBuilder()
          .add("type", "LineString")
          .add(
              "coordinates",
              Json.createArrayBuilder()
                  .add(Json.createArrayBuilder().add(120.1400).add(30.2760))
                  .add(Json.createArrayBuilder().add(120.1500).add(30.2760)))
          .build();

  private final Api manager = Api.as("modadmin");

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  /** Creates a segment as the module administrator and returns it. */
  static JsonObject segment(Api manager, String code) {
    Reply created =
        manager.post(
            "/grid/roads",
            Api.json(
                "code",
                code,
                "name",
                "测试路" + code,
                "fromPlace",
                "甲路口",
                "toPlace",
                "乙路口",
                "streetUnit",
                "990102001",
                "geometry",
                LINE,
                "signPhone",
                "12345"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  /** Appoints a chief and returns him. */
  static JsonObject chief(Api manager, long segmentId, String tier, String username, String phone) {
    Reply appointed =
        manager.post(
            "/grid/roads/" + segmentId + "/chiefs",
            Api.json(
                "tier",
                tier,
                "name",
                "路长" + (username == null ? "甲" : username.substring(username.length() - 4)),
                "username",
                username,
                "unitCode",
                "990102001001",
                "phone",
                phone));
    assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
    return appointed.json();
  }

  @Test
  void aSegmentIsCreatedWithItsLengthAndAudited() {
    String code = Codes.unique("RD");
    JsonObject segment = segment(manager, code);

    assertThat(segment.getString("code")).isEqualTo(code);
    assertThat(segment.getJsonNumber("lengthMetres").doubleValue()).isBetween(955.0, 966.0);
    assertThat(segment.getString("streetUnitName")).isEqualTo("望江街道");
    long id = segment.getJsonNumber("id").longValue();
    JsonObject audit =
        Api.as("auditadmin")
            .get("/audit?entityType=RoadSegment&action=CREATE&entityId=" + id)
            .json();
    assertThat(audit.getInt("total")).isEqualTo(1);
    assertThat(audit.getJsonArray("items").getJsonObject(0).getString("after")).contains(code);

    Reply stale =
        manager.put(
            "/grid/roads/" + id,
            Api.json("name", "改名", "streetUnit", "990102001", "geometry", LINE, "version", 99L));
    assertThat(stale.status()).isEqualTo(409);
    Reply changed =
        manager.put(
            "/grid/roads/" + id,
            Api.json(
                "name",
                "改名路" + code,
                "streetUnit",
                "990102001",
                "geometry",
                LINE,
                "version",
                segment.getJsonNumber("version").longValue()));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getString("name")).isEqualTo("改名路" + code);
  }

  @Test
  void badInputIsRefusedWithEveryReasonAndNothingIsStored() {
    String code = Codes.unique("RB");
    Reply reply =
        manager.post(
            "/grid/roads",
            Api.json(
                "code",
                code,
                "name",
                "",
                "streetUnit",
                "990102001",
                "geometry",
                "{\"type\":\"LineString\",\"coordinates\":[[120.14,30.276]]}",
                "signPhone",
                "call me"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonObject problem = reply.json();
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(error -> error.getString("field"))
        .containsExactlyInAnyOrder("name", "geometry", "signPhone");
    assertThat(problem.getString("detail")).contains("至少需要 2 个坐标点", "电话号码“call me”无效");
    assertThat(manager.get("/grid/roads?all=true&q=" + code).jsonArray()).isEmpty();

    Reply unknownUnit =
        manager
            .inEnglish()
            .post(
                "/grid/roads",
                Api.json(
                    "code", code, "name", "x", "streetUnit", "NO-SUCH-UNIT", "geometry", LINE));
    assertThat(unknownUnit.status()).isEqualTo(400);
    assertThat(unknownUnit.json().getString("detail")).contains("NO-SUCH-UNIT does not exist");
    assertThat(manager.get("/grid/roads?all=true&q=" + code).jsonArray()).isEmpty();
  }

  @Test
  void readingNeedsTheReferencePermissionAndChangingTheManagePermission() {
    assertThat(Api.anonymous().get("/grid/roads").status()).isEqualTo(401);
    assertThat(Api.as("sysadmin").get("/grid/roads").status()).isEqualTo(403);
    assertThat(Api.as("gridworker").get("/grid/roads").status()).isEqualTo(200);
    Reply refused =
        Api.as("gridworker")
            .post(
                "/grid/roads",
                Api.json(
                    "code",
                    Codes.unique("RF"),
                    "name",
                    "x",
                    "streetUnit",
                    "990102001",
                    "geometry",
                    LINE));
    assertThat(refused.status()).isEqualTo(403);
  }

  @Test
  void chiefsPhonesAreMaskedForReadersButTheSignboardPhoneIsPublic() {
    JsonObject segment = segment(manager, Codes.unique("RM"));
    long id = segment.getJsonNumber("id").longValue();
    JsonObject chief = chief(manager, id, "SUPERVISING", null, "13812345678");
    assertThat(chief.getString("phone")).isEqualTo("13812345678");
    assertThat(chief.getBoolean("phoneMasked")).isFalse();

    JsonObject read = Api.as("gridworker").get("/grid/roads/" + id).json();
    JsonObject seen = read.getJsonArray("chiefs").getJsonObject(0);
    assertThat(seen.getString("phone")).isEqualTo("138****5678");
    assertThat(seen.getBoolean("phoneMasked")).isTrue();
    assertThat(Api.as("gridworker").get("/grid/roads?q=" + segment.getString("code")).body())
        .doesNotContain("13812345678");

    Reply signboard = Api.as("gridworker").get("/grid/roads/" + id + "/signboard");
    assertThat(signboard.status()).isEqualTo(200);
    assertThat(signboard.json().getString("publicPhone")).isEqualTo("12345");
    assertThat(signboard.json().getJsonArray("chiefs").getJsonObject(0).getString("tier"))
        .isEqualTo("SUPERVISING");
    assertThat(signboard.body()).doesNotContain("5678");

    String audit =
        Api.as("auditadmin")
            .get("/audit?entityType=RoadChief&entityId=" + chief.getJsonNumber("id"))
            .body();
    assertThat(audit).contains("138****5678").doesNotContain("13812345678");
  }

  @Test
  void aChiefPatrolsHisSegmentAndNobodyElseMay() {
    String chiefLogin = Accounts.ready("chief", "990102001001", "GRID_WORKER");
    JsonObject segment = segment(manager, Codes.unique("RP"));
    long id = segment.getJsonNumber("id").longValue();
    chief(manager, id, "DAILY_PATROL", chiefLogin, "13900001111");
    Api chief = Accounts.as(chiefLogin);
    Instant start = Instant.now().minus(Duration.ofMinutes(10));

    Reply other =
        Api.as("gridworker").post("/grid/patrols", startBody(id, start, 30.2761, 120.1401));
    assertThat(other.status()).as(other.toString()).isEqualTo(403);
    assertThat(other.json().getString("code")).isEqualTo("grid.patrol.not-chief");

    Reply far = chief.post("/grid/patrols", startBody(id, start, 30.2900, 120.1450));
    assertThat(far.status()).isEqualTo(400);
    assertThat(far.json().getString("code")).isEqualTo("grid.patrol.far");

    Reply started = chief.post("/grid/patrols", startBody(id, start, 30.2761, 120.1401));
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    long patrol = started.json().getJsonNumber("id").longValue();
    assertThat(chief.post("/grid/patrols", startBody(id, start, 30.2761, 120.1401)).status())
        .as("one open patrol at a time")
        .isEqualTo(409);

    Reply tracked =
        chief.post(
            "/grid/patrols/" + patrol + "/points",
            points(
                point(start.plusSeconds(60), 30.2760, 120.1420),
                point(start.plusSeconds(120), 30.2762, 120.1440)));
    assertThat(tracked.status()).as(tracked.toString()).isEqualTo(200);
    assertThat(tracked.json().getInt("pointCount")).isEqualTo(2);

    Reply backwards =
        chief.post(
            "/grid/patrols/" + patrol + "/points",
            points(
                point(start.plusSeconds(180), 30.2760, 120.1450),
                point(start.plusSeconds(170), 30.2760, 120.1460)));
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.json().getString("code")).isEqualTo("grid.patrol.order");
    assertThat(backwards.json().getString("detail")).contains("第 2 个轨迹点");
    Reply offRoad =
        chief.post(
            "/grid/patrols/" + patrol + "/points",
            points(point(start.plusSeconds(180), 30.2860, 120.1450)));
    assertThat(offRoad.status()).isEqualTo(400);
    assertThat(
            Api.as("gridworker")
                .post(
                    "/grid/patrols/" + patrol + "/points",
                    points(point(start.plusSeconds(200), 30.2760, 120.1450)))
                .status())
        .as("only the patrol's own chief adds points")
        .isIn(403, 404);

    Reply ended =
        chief.post(
            "/grid/patrols/" + patrol + "/end", Api.json("note", "井盖松动一处", "problemsFound", 1));
    assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    assertThat(ended.json().getString("endedAt")).isNotEmpty();
    assertThat(ended.json().getInt("problemsFound")).isEqualTo(1);

    JsonObject stored = manager.get("/grid/patrols/" + patrol).json();
    assertThat(stored.getInt("pointCount")).as("refused batches stored nothing").isEqualTo(2);
    assertThat(stored.getJsonArray("track")).hasSize(2);
    JsonArray listed = manager.get("/grid/patrols?segment=" + id).jsonArray();
    assertThat(listed).hasSize(1);
    assertThat(listed.getJsonObject(0).getString("chief")).isEqualTo(chiefLogin);
    assertThat(
            Api.as("auditadmin")
                .get("/audit?entityType=Patrol&entityId=" + patrol)
                .json()
                .getInt("total"))
        .as("start, track, end")
        .isEqualTo(3);
  }

  private static String startBody(long segment, Instant at, double latitude, double longitude) {
    return Json.createObjectBuilder()
        .add("segmentId", segment)
        .add("startedAt", at.toString())
        .add("latitude", latitude)
        .add("longitude", longitude)
        .build()
        .toString();
  }

  static JsonObject point(Instant at, double latitude, double longitude) {
    return Json.createObjectBuilder()
        .add("at", at.toString())
        .add("latitude", latitude)
        .add("longitude", longitude)
        .build();
  }

  static String points(JsonObject... points) {
    var array = Json.createArrayBuilder();
    for (JsonObject point : points) {
      array.add(point);
    }
    return Json.createObjectBuilder().add("points", array).build().toString();
  }
}
