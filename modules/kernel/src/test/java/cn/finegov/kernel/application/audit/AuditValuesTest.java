package cn.finegov.kernel.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Before and after values: written as JSON, shown side by side. */
class AuditValuesTest {

  @Test
  void valuesAreWrittenAsAJsonObjectInTheirOrder() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", "城管局");
    values.put("sortOrder", 3);
    values.put("active", true);
    values.put("roles", List.of("A", "B"));
    values.put("parentId", null);

    assertThat(AuditValues.toJson(values))
        .isEqualTo(
            "{\"name\":\"城管局\",\"sortOrder\":3,\"active\":true,\"roles\":[\"A\",\"B\"],"
                + "\"parentId\":null}");
    assertThat(AuditValues.toJson(Map.of())).isNull();
  }

  @Test
  void beforeAndAfterAreShownFieldByFieldWithWhatChanged() {
    List<ValueChange> rows =
        AuditValues.changes(
            "{\"name\":\"旧\",\"sortOrder\":1}",
            "{\"name\":\"新\",\"sortOrder\":1,\"active\":false}");

    assertThat(rows)
        .containsExactly(
            new ValueChange("name", "旧", "新"),
            new ValueChange("sortOrder", "1", "1"),
            new ValueChange("active", null, "false"));
    assertThat(rows).extracting(ValueChange::changed).containsExactly(true, false, true);
  }

  @Test
  void aCreationHasOnlyAfterValues() {
    assertThat(AuditValues.changes(null, "{\"code\":\"990100\"}"))
        .containsExactly(new ValueChange("code", null, "990100"));
    assertThat(AuditValues.changes(null, null)).isEmpty();
  }

  @Test
  void textThatIsNotAJsonObjectIsShownAsItIs() {
    assertThat(AuditValues.changes("not json", "[1]"))
        .containsExactly(new ValueChange("*", "not json", "[1]"));
  }
}
