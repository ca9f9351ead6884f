package cn.finegov.systemtest.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Codes;
import cn.finegov.systemtest.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data scoping by unit, enforced by the services: people of 望江街道 (street A) see and act on their
 * street and below, see the units on the way up by name only, and never reach 柳岸街道 (street B) —
 * through any REST path the API documents, whatever their role.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScopingIT {

  private static final String DISTRICT = "990102";
  private static final String STREET_A = "990102001";
  private static final String STREET_B = "990102002";
  private static final String STREET_B_NAME = "柳岸";

  private static long streetB;
  private static long district;
  private static long streetBUser;
  private static String streetASystem;
  private static String streetASecurity;
  private static String streetAAudit;
  private static String streetBSystem;
  private static String streetBUnitCode;

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeAll
  static void peopleOfBothStreets() {
    streetB = Accounts.unitId(STREET_B);
    district = Accounts.unitId(DISTRICT);
    streetASystem = Accounts.ready("asys", STREET_A, "SYSTEM_ADMIN");
    streetASecurity = Accounts.ready("asec", STREET_A, "SECURITY_ADMIN");
    streetAAudit = Accounts.ready("aaud", STREET_A, "AUDIT_ADMIN");
    streetBSystem = Accounts.ready("bsys", STREET_B, "SYSTEM_ADMIN");
    streetBUser = Accounts.userId("liuan");
    // Something happens in street B, so that its audit trail is not empty.
    streetBUnitCode = Codes.unique("B");
    Reply created =
        Accounts.as(streetBSystem)
            .post(
                "/org/units",
                Api.json(
                    "code",
                    streetBUnitCode,
                    "name",
                    STREET_B_NAME + "测试社区",
                    "type",
                    "COMMUNITY",
                    "parentId",
                    streetB));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }

  @Test
  void aStreetLeaderReadsHisStreetAndTheWayUpButNotTheNeighbourStreet() {
    Api leader = Api.as("wangjiang");

    assertThat(leader.get("/org/units/by-code/" + STREET_B).status()).isEqualTo(404);
    assertThat(leader.get("/org/units/" + streetB).status()).isEqualTo(404);
    assertThat(leader.get("/org/units?parentId=" + streetB).status()).isEqualTo(404);
    assertThat(leader.get("/org/units/search?q=" + encoded(STREET_B_NAME)).jsonArray()).isEmpty();
    assertThat(leader.get("/org/units/search?q=" + encoded("望江")).jsonArray()).isNotEmpty();

    List<JsonObject> underDistrict =
        leader.get("/org/units?parentId=" + district).jsonArray().getValuesAs(JsonObject.class);
    assertThat(underDistrict).extracting(u -> u.getString("code")).containsExactly(STREET_A);
    assertThat(underDistrict.get(0).getBoolean("inScope")).isTrue();

    JsonObject top = leader.get("/org/units").jsonArray().getJsonObject(0);
    assertThat(top.getString("code")).isEqualTo("990100");
    assertThat(top.getBoolean("inScope")).isFalse();
    assertThat(leader.get("/org/units/" + district).json().getBoolean("inScope")).isFalse();
  }

  @Test
  void aStreetSystemAdministratorChangesOnlyHisStreet() {
    Api admin = Accounts.as(streetASystem);
    long streetA = Accounts.unitId(STREET_A);

    Reply inB =
        admin.post(
            "/org/units",
            Api.json(
                "code", Codes.unique("X"), "name", "越权", "type", "COMMUNITY", "parentId", streetB));
    Reply top =
        admin.post(
            "/org/units", Api.json("code", Codes.unique("X"), "name", "越权市", "type", "CITY"));
    Reply upwards =
        admin.put(
            "/org/units/" + district,
            Api.json(
                "name",
                "改名",
                "type",
                "DISTRICT",
                "parentId",
                Accounts.unitId("990100"),
                "version",
                0L));
    Reply inA =
        admin.post(
            "/org/units",
            Api.json(
                "code",
                Codes.unique("A"),
                "name",
                "望江测试社区",
                "type",
                "COMMUNITY",
                "parentId",
                streetA));

    assertThat(inB.status()).as(inB.toString()).isEqualTo(404);
    assertThat(top.status()).as(top.toString()).isEqualTo(403);
    assertThat(top.json().getString("code")).isEqualTo("unit.out-of-scope");
    assertThat(upwards.status()).as(upwards.toString()).isEqualTo(403);
    assertThat(inA.status()).as(inA.toString()).isEqualTo(201);
  }

  @Test
  void aStreetSecurityAdministratorManagesOnlyThePeopleOfHisStreet() {
    Api admin = Accounts.as(streetASecurity);

    Reply list = admin.get("/users?max=500");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().getJsonArray("items").getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(user -> assertThat(user.getString("unitCode")).startsWith(STREET_A));
    assertThat(admin.get("/users/" + streetBUser).status()).isEqualTo(404);
    assertThat(admin.post("/users/" + streetBUser + "/deactivate", "").status()).isEqualTo(404);

    Reply intoB =
        admin.post(
            "/users",
            Api.json(
                "username",
                Accounts.newName("intob"),
                "displayName",
                "越权",
                "unitId",
                streetB,
                "roles",
                Json.createArrayBuilder().add("OBSERVER").build(),
                "password",
                Accounts.INITIAL_PASSWORD));
    assertThat(intoB.status()).isEqualTo(400);
    assertThat(intoB.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("unitId");
  }

  @Test
  void aStreetAuditAdministratorReadsOnlyTheTrailOfHisStreet() {
    Reply own = Accounts.as(streetAAudit).get("/audit?max=500&entityType=OrgUnit");
    Reply city = Api.as("auditadmin").get("/audit?max=500&actor=" + streetBSystem);

    assertThat(own.status()).isEqualTo(200);
    assertThat(own.body()).doesNotContain(streetBUnitCode).doesNotContain(streetBSystem);
    assertThat(city.json().getInt("total")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void grantingAUnitWidensTheScope() {
    String widened = Accounts.ready("wide", STREET_A, "OBSERVER");
    assertThat(Accounts.as(widened).get("/org/units/" + streetB).status()).isEqualTo(404);

    long id = Accounts.userId(widened);
    JsonObject user = Api.as("secadmin").get("/users/" + id).json();
    Reply granted =
        Api.as("secadmin")
            .put(
                "/users/" + id,
                Api.json(
                    "displayName", user.getString("displayName"),
                    "unitId", user.getJsonNumber("unitId").longValue(),
                    "roles", Json.createArrayBuilder().add("OBSERVER").build(),
                    "extraUnitIds", Json.createArrayBuilder().add(streetB).build(),
                    "version", user.getJsonNumber("version").longValue()));
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);

    Reply read = Accounts.as(widened).get("/org/units/" + streetB);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getBoolean("inScope")).isTrue();
  }

  /**
   * Every GET path of the OpenAPI document, called by street-A people of each administrator duty
   * with street B's identifiers and search texts, must not reveal anything of street B.
   */
  @Test
  void noDocumentedReadingPathRevealsTheNeighbourStreet() {
    JsonObject paths =
        Api.anonymous()
            .getAbsolute(Api.server() + "/openapi?format=json")
            .json()
            .getJsonObject("paths");
    Map<String, String> identifiers =
        Map.of("{id}", Long.toString(streetB), "{code}", STREET_B, "{username}", "liuan");
    List<String> called = new ArrayList<>();
    for (String path : paths.keySet()) {
      JsonObject operations = paths.getJsonObject(path);
      if (!operations.containsKey("get") || !path.contains("/api/v1/")) {
        continue;
      }
      String relative = path.substring(path.indexOf("/api/v1/") + "/api/v1".length());
      List<String> variants = new ArrayList<>();
      if (relative.contains("{id}")) {
        variants.add(relative.replace("{id}", Long.toString(streetB)));
        variants.add(relative.replace("{id}", Long.toString(streetBUser)));
      } else {
        variants.add(relative);
      }
      for (String variant : variants) {
        for (Map.Entry<String, String> identifier : identifiers.entrySet()) {
          variant = variant.replace(identifier.getKey(), identifier.getValue());
        }
        if (variant.contains("{")) {
          continue;
        }
        String withQuery =
            variant
                + "?parentId="
                + streetB
                + "&unitId="
                + streetB
                + "&q="
                + STREET_B_NAME
                + "&max=500";
        for (String person : List.of(streetASystem, streetASecurity, streetAAudit)) {
          Reply reply = Accounts.as(person).get(withQuery);
          called.add(person + " GET " + withQuery + " -> " + reply.status());
          if (reply.status() == 200) {
            assertThat(reply.body())
                .as("%s GET %s", person, withQuery)
                .doesNotContain(streetBUnitCode)
                .doesNotContain("\"" + STREET_B + "\"")
                .doesNotContain("\"liuan\"")
                .doesNotContain(STREET_B_NAME);
          }
        }
      }
    }
    assertThat(called).as("documented GET paths").hasSizeGreaterThan(30);
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
