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
 * The organisation tree through REST: create, change, move, deactivate, with the rules of the tree,
 * clear errors for bad input, optimistic locking, and an audit entry with before and after values
 * for every change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationApiIT {

  private final Api admin = Api.as("sysadmin");

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void aStreetIsCreatedUnderADistrictAndAudited() {
    long district = idOf("990102");
    String code = Codes.unique("ST");

    Reply created =
        admin.post(
            "/org/units",
            Api.json(
                "code",
                code,
                "name",
                "测试街道办事处",
                "type",
                "STREET",
                "parentId",
                district,
                "sortOrder",
                9));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject unit = created.json();
    assertThat(unit.getString("code")).isEqualTo(code);
    assertThat(unit.getString("path")).startsWith("/" + idOf("990100") + "/" + district + "/");
    JsonObject audit =
        Api.as("auditadmin")
            .get("/audit?entityType=OrgUnit&action=CREATE&entityId=" + unit.getJsonNumber("id"))
            .json();
    assertThat(audit.getInt("total")).isEqualTo(1);
    JsonObject entry = audit.getJsonArray("items").getJsonObject(0);
    assertThat(entry.getString("actor")).isEqualTo("sysadmin");
    assertThat(entry.getString("actorUnit")).isEqualTo("990100-ZW");
    assertThat(entry.getString("after")).contains(code).contains("测试街道办事处");
  }

  @Test
  void aChangeKeepsBeforeAndAfterValuesAndAStaleVersionIsRefused() {
    JsonObject unit = createDepartment("改名前");
    long id = unit.getJsonNumber("id").longValue();
    long version = unit.getJsonNumber("version").longValue();
    String change =
        Api.json(
            "name", "改名后", "type", "DEPARTMENT", "parentId", idOf("990100"), "version", version);

    Reply first = admin.put("/org/units/" + id, change);
    Reply stale = admin.put("/org/units/" + id, change);

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().getString("name")).isEqualTo("改名后");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().getString("code")).isEqualTo("unit.stale");
    JsonObject entry =
        Api.as("auditadmin")
            .get("/audit?entityType=OrgUnit&action=UPDATE&entityId=" + id)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(entry.getString("before")).contains("改名前");
    assertThat(entry.getString("after")).contains("改名后");
  }

  @Test
  void invalidInputNamesEveryBadField() {
    Reply reply =
        admin.post("/org/units", Api.json("code", "bad code!", "name", "", "type", "PLANET"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonObject problem = reply.json();
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(error -> error.getString("field"))
        .containsExactlyInAnyOrder("code", "name", "type");
    assertThat(problem.getString("detail")).contains("未知的单位类型“PLANET”");
  }

  @Test
  void aCodeIsUsedOnceOnly() {
    Reply reply =
        admin.post(
            "/org/units",
            Api.json(
                "code", "990102", "name", "重复", "type", "DISTRICT", "parentId", idOf("990100")));

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().getString("detail")).isEqualTo("单位代码 990102 已被使用。");
  }

  @Test
  void theTypesDecideWhatMayStandUnderWhat() {
    Reply reply =
        admin
            .inEnglish()
            .post(
                "/org/units",
                Api.json(
                    "code",
                    Codes.unique("CM"),
                    "name",
                    "错位社区",
                    "type",
                    "COMMUNITY",
                    "parentId",
                    idOf("990102")));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().getString("detail"))
        .isEqualTo("A unit of type Community cannot be placed under a unit of type District.");
  }

  @Test
  void aUnitWithActiveUnitsBelowCannotBeDeactivatedButAnEmptyOneCan() {
    Reply refused = admin.post("/org/units/" + idOf("990102001") + "/deactivate", "");
    JsonObject empty = createDepartment("待撤销部门");

    Reply deactivated = admin.post("/org/units/" + empty.getJsonNumber("id") + "/deactivate", "");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().getString("code")).isEqualTo("unit.deactivate.active-children");
    assertThat(deactivated.status()).isEqualTo(200);
    assertThat(deactivated.json().getBoolean("active")).isFalse();
  }

  @Test
  void movingAUnitMovesEverythingBelowIt() {
    JsonObject street =
        admin
            .post(
                "/org/units",
                Api.json(
                    "code",
                    Codes.unique("MV"),
                    "name",
                    "搬迁街道",
                    "type",
                    "STREET",
                    "parentId",
                    idOf("990102")))
            .json();
    long streetId = street.getJsonNumber("id").longValue();
    JsonObject community =
        admin
            .post(
                "/org/units",
                Api.json(
                    "code",
                    Codes.unique("MC"),
                    "name",
                    "搬迁社区",
                    "type",
                    "COMMUNITY",
                    "parentId",
                    streetId))
            .json();

    Reply moved =
        admin.put(
            "/org/units/" + streetId,
            Api.json(
                "name",
                "搬迁街道",
                "type",
                "STREET",
                "parentId",
                idOf("990105"),
                "version",
                street.getJsonNumber("version").longValue()));

    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    String communityPath =
        admin.get("/org/units/" + community.getJsonNumber("id")).json().getString("path");
    assertThat(communityPath)
        .startsWith("/" + idOf("990100") + "/" + idOf("990105") + "/" + streetId + "/");
  }

  @Test
  void malformedJsonIsABadRequest() {
    Reply reply = admin.post("/org/units", "{\"code\": ");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  private JsonObject createDepartment(String name) {
    Reply reply =
        admin.post(
            "/org/units",
            Api.json(
                "code",
                Codes.unique("DP"),
                "name",
                name,
                "type",
                "DEPARTMENT",
                "parentId",
                idOf("990100")));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  static long idOf(String code) {
    return Api.as("sysadmin")
        .get("/org/units/by-code/" + code)
        .json()
        .getJsonNumber("id")
        .longValue();
  }
}
