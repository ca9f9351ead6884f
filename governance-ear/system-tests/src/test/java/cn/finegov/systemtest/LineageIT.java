package cn.finegov.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cross-module lineage table through REST: "case came from ticket", "task came from meeting
 * decision" recorded once (a repeat keeps the first), read one step each way and traced across
 * several steps, audited, validated with field errors, readable by staff but not by the security
 * administrator, and recordable only with its own permission (an external system's API key).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LineageIT {

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void aChainTicketCaseTaskIsReadOneStepEachWayAndTracedWhole() {
    String run = Codes.unique("L");
    JsonValue ticket = ref("hotline", "Ticket", "12345-" + run);
    JsonValue caseRef = ref("grid", "Case", run + "/7");
    JsonValue decision = ref("meetings", "Decision", run);
    JsonValue task = ref("planning", "Task", run);

    JsonObject first = link(ticket, caseRef, "CASE_FROM_TICKET");
    JsonObject again = link(ticket, caseRef, "CASE_FROM_TICKET");
    link(caseRef, decision, "DECISION_FROM_CASE");
    link(decision, task, "TASK_FROM_DECISION");

    assertThat(again.getJsonNumber("id")).isEqualTo(first.getJsonNumber("id"));
    assertThat(first.getString("createdBy")).isEqualTo("sysadmin");

    JsonObject around = Api.as("gridworker").get(query("", "grid", "Case", run + "/7")).json();
    JsonArray origins = around.getJsonArray("origins");
    JsonArray derived = around.getJsonArray("derived");
    assertThat(origins).hasSize(1);
    assertThat(origins.getJsonObject(0).getJsonObject("source").getString("id"))
        .isEqualTo("12345-" + run);
    assertThat(origins.getJsonObject(0).getString("relation")).isEqualTo("CASE_FROM_TICKET");
    assertThat(derived).hasSize(1);
    assertThat(derived.getJsonObject(0).getJsonObject("target").getString("module"))
        .isEqualTo("meetings");

    JsonArray whole =
        Api.as("leader").get(query("/trace", "planning", "Task", run) + "&depth=5").jsonArray();
    assertThat(whole.getValuesAs(JsonObject.class))
        .extracting(l -> l.getString("relation"))
        .containsExactlyInAnyOrder("TASK_FROM_DECISION", "DECISION_FROM_CASE", "CASE_FROM_TICKET");
    JsonArray near =
        Api.as("leader").get(query("/trace", "planning", "Task", run) + "&depth=1").jsonArray();
    assertThat(near.getValuesAs(JsonObject.class))
        .extracting(l -> l.getString("relation"))
        .containsExactly("TASK_FROM_DECISION");

    JsonObject audited =
        Api.as("auditadmin")
            .get("/audit?entityType=Link&entityId=" + first.getJsonNumber("id"))
            .json();
    assertThat(audited.getInt("total")).isEqualTo(1);
    assertThat(audited.getJsonArray("items").getJsonObject(0).getString("after"))
        .contains("CASE_FROM_TICKET")
        .contains("12345-" + run);
  }

  @Test
  void badReferencesAndRelationsAreRefusedFieldByField() {
    Reply badRelation =
        Api.as("sysadmin")
            .post(
                "/lineage",
                body(ref("hotline", "Ticket", "1"), ref("grid", "Case", "2"), "case from ticket"));
    Reply self =
        Api.as("sysadmin")
            .post("/lineage", body(ref("grid", "Case", "3"), ref("grid", "Case", "3"), "COPY"));
    Reply badQuery = Api.as("leader").get(query("", "Grid", "Case", ""));
    Reply badDepth = Api.as("leader").get(query("/trace", "grid", "Case", "1") + "&depth=11");
    Reply empty = Api.as("sysadmin").post("/lineage", "");

    assertThat(badRelation.status()).isEqualTo(400);
    assertThat(fields(badRelation)).containsExactly("relation");
    assertThat(self.status()).isEqualTo(400);
    assertThat(fields(self)).containsExactly("target");
    assertThat(badQuery.status()).isEqualTo(400);
    assertThat(fields(badQuery)).containsExactly("module", "id");
    assertThat(badDepth.status()).isEqualTo(400);
    assertThat(empty.status()).isEqualTo(400);
  }

  @Test
  void readingNeedsTheLineagePermissionAndRecordingItsOwn() {
    String path = query("", "grid", "Case", "1");
    assertThat(Api.anonymous().get(path).status()).isEqualTo(401);
    assertThat(Api.as("secadmin").get(path).status()).isEqualTo(403);
    assertThat(Api.as("gridworker").get(path).status()).isEqualTo(200);
    String draft =
        body(ref("hotline", "Ticket", "9"), ref("grid", "Case", "9"), "CASE_FROM_TICKET");
    assertThat(Api.as("dispatcher").post("/lineage", draft).status()).isEqualTo(403);

    Reply issued =
        Api.as("secadmin")
            .post(
                "/api-keys",
                Json.createObjectBuilder()
                    .add("systemName", "数字城管")
                    .add("permissions", Json.createArrayBuilder(List.of("kernel.lineage.record")))
                    .build()
                    .toString());
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    Api system = Api.withApiKey(issued.json().getString("secret"));
    String run = Codes.unique("K");
    Reply recorded =
        system.post(
            "/lineage",
            body(ref("hotline", "Ticket", run), ref("grid", "Case", run), "CASE_FROM_TICKET"));
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
    assertThat(recorded.json().getString("createdBy")).startsWith("apikey:");
    assertThat(system.get(query("", "grid", "Case", run)).status()).isEqualTo(403);
  }

  private static JsonObject link(JsonValue source, JsonValue target, String relation) {
    Reply reply = Api.as("sysadmin").post("/lineage", body(source, target, relation));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private static String body(JsonValue source, JsonValue target, String relation) {
    return Api.json("source", source, "target", target, "relation", relation);
  }

  private static JsonValue ref(String module, String type, String id) {
    return Json.createObjectBuilder().add("module", module).add("type", type).add("id", id).build();
  }

  private static String query(String sub, String module, String type, String id) {
    return "/lineage"
        + sub
        + "?module="
        + module
        + "&type="
        + type
        + "&id="
        + URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  private static List<String> fields(Reply reply) {
    return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }
}
