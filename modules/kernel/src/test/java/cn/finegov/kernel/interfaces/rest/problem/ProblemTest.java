package cn.finegov.kernel.interfaces.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  @Test
  void theTypeIsDerivedFromTheCode() {
    Problem problem = new Problem(409, "状态冲突", "x", "unit.code.taken", null, List.of(), null);
    assertThat(problem.type()).isEqualTo("urn:finegov:problem:unit.code.taken");
  }

  @Test
  void theDocumentCarriesTheStandardAndExtensionMembers() {
    Problem problem =
        new Problem(
            409,
            "Conflict",
            "Unit code 990102 is already in use.",
            "unit.code.taken",
            "/api/kernel/units",
            List.of(),
            null);

    JsonObject json = parse(problem.toJson());

    assertThat(json.getString("type")).isEqualTo("urn:finegov:problem:unit.code.taken");
    assertThat(json.getString("title")).isEqualTo("Conflict");
    assertThat(json.getInt("status")).isEqualTo(409);
    assertThat(json.getString("detail")).isEqualTo("Unit code 990102 is already in use.");
    assertThat(json.getString("code")).isEqualTo("unit.code.taken");
    assertThat(json.getString("instance")).isEqualTo("/api/kernel/units");
  }

  @Test
  void optionalMembersAreLeftOutWhenAbsent() {
    Problem problem =
        new Problem(404, "Not found", "Unit 7 does not exist.", "unit.not-found", null, null, null);

    JsonObject json = parse(problem.toJson());

    assertThat(json.keySet())
        .containsExactlyInAnyOrder("type", "title", "status", "detail", "code");
  }

  @Test
  void anEmptyErrorListIsLeftOut() {
    JsonObject json =
        parse(new Problem(400, "Bad request", "d", "c", "/x", List.of(), null).toJson());
    assertThat(json).doesNotContainKey("errors");
  }

  @Test
  void invalidFieldsAreListedInOrder() {
    Problem problem =
        new Problem(
            400,
            "请求无效",
            "输入有 2 处错误。",
            "error.validation",
            "/api/kernel/units",
            List.of(new Problem.Field("name", "必填。"), new Problem.Field("code", "单位代码“a b”格式不正确")),
            null);

    JsonObject json = parse(problem.toJson());

    assertThat(json.getJsonArray("errors")).hasSize(2);
    assertThat(json.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("name");
    assertThat(json.getJsonArray("errors").getJsonObject(0).getString("message")).isEqualTo("必填。");
    assertThat(json.getJsonArray("errors").getJsonObject(1).getString("field")).isEqualTo("code");
    assertThat(json.getJsonArray("errors").getJsonObject(1).getString("message"))
        .isEqualTo("单位代码“a b”格式不正确");
  }

  @Test
  void theIncidentIdentifierIsIncludedForServerErrors() {
    Problem problem =
        new Problem(
            500, "服务器错误", "系统内部错误，事件编号 ab12，已记录。", "error.internal", null, List.of(), "ab12");

    JsonObject json = parse(problem.toJson());

    assertThat(json.getString("incidentId")).isEqualTo("ab12");
    assertThat(json.getValueType()).isEqualTo(JsonValue.ValueType.OBJECT);
  }

  @Test
  void textsAreEscapedSoThatTheDocumentStaysValidJson() {
    Problem problem =
        new Problem(400, "t", "quote \" backslash \\ newline \n end", "c", null, List.of(), null);

    assertThat(parse(problem.toJson()).getString("detail"))
        .isEqualTo("quote \" backslash \\ newline \n end");
  }

  @Test
  void theMediaTypeIsProblemJson() {
    assertThat(Problem.MEDIA_TYPE).isEqualTo("application/problem+json");
  }
}
