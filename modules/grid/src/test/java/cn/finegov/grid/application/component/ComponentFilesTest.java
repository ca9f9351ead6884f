package cn.finegov.grid.application.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ComponentFilesTest {

  private static ComponentView view(String id, String name, String state) {
    return new ComponentView(
        1,
        0,
        id,
        id.substring(6, 10),
        "公用设施 / 上水井盖",
        name,
        "990100-E01",
        "江城水务",
        "江城水务集团有限公司",
        null,
        "990102001001001",
        30.2759,
        120.1432,
        state,
        "井盖松动",
        true,
        Instant.parse("2026-05-06T02:00:00Z"));
  }

  @Test
  void anExportIsReadBackByTheImport() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ComponentFiles.export(
        List.of(
            view("9901020101000001", "上水井盖", "INTACT"),
            view("9901020101000002", "上水井盖二", "DAMAGED")),
        Locale.SIMPLIFIED_CHINESE,
        ZoneId.of("Asia/Shanghai"),
        out);

    ComponentFiles.Parsed parsed = ComponentFiles.read("components.xlsx", out.toByteArray());

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.rows()).hasSize(2);
    ComponentService.NumberedDraft second = parsed.rows().get(1);
    assertThat(second.number()).isEqualTo(3);
    assertThat(second.draft().componentId()).isEqualTo("9901020101000002");
    assertThat(second.draft().name()).isEqualTo("上水井盖二");
    assertThat(second.draft().competentUnit()).isEqualTo("990100-E01");
    assertThat(second.draft().ownerName()).isEqualTo("江城水务集团有限公司");
    assertThat(second.draft().maintainerName()).isNull();
    assertThat(second.draft().gridCode()).isEqualTo("990102001001001");
    assertThat(second.draft().latitude()).isEqualTo(30.2759);
    assertThat(second.draft().longitude()).isEqualTo(120.1432);
    assertThat(second.draft().state()).isEqualTo("DAMAGED");
    assertThat(second.draft().active()).isTrue();
  }

  @Test
  void englishHeadersAreReadToo() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ComponentFiles.export(
        List.of(view("9901020101000001", "Cover", "INTACT")),
        Locale.ENGLISH,
        ZoneId.of("Asia/Shanghai"),
        out);

    assertThat(ComponentFiles.read("x.xlsx", out.toByteArray()).rows().get(0).draft().name())
        .isEqualTo("Cover");
  }

  @Test
  void pointFeaturesAreRowsAndOtherFeaturesAreRowErrors() {
    String json =
        """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"componentId": "9901020101000001", "name": "上水井盖",
            "competentUnit": "990100-E01", "state": "完好", "active": true},
           "geometry": {"type": "Point", "coordinates": [120.1432, 30.2759]}},
          {"type": "Feature", "properties": {"name": "线"},
           "geometry": {"type": "LineString", "coordinates": [[120.1, 30.2], [120.2, 30.3]]}},
          {"type": "Feature", "properties": {"名称": "x", "部件名称": "雨水箅子", "纬度": "north"},
           "geometry": {"type": "Point", "coordinates": [120.15, 30.27]}}
        ]}
        """;

    ComponentFiles.Parsed parsed = ComponentFiles.read("components.geojson", json.getBytes());

    assertThat(parsed.rows()).hasSize(2);
    assertThat(parsed.rows().get(0).draft().latitude()).isEqualTo(30.2759);
    assertThat(parsed.rows().get(0).draft().state()).isEqualTo("完好");
    assertThat(parsed.rows().get(1).number()).isEqualTo(3);
    assertThat(parsed.rows().get(1).draft().name()).isEqualTo("雨水箅子");
    assertThat(parsed.rows().get(1).draft().latitude()).isEqualTo(30.27);
    assertThat(parsed.errors())
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("row 2.geometry", "grid.component.import.point"));
  }

  @Test
  void unreadableFilesAreRefusedWithTheirReason() {
    assertRefused("a.xlsx", "PK-not-really-a-zip".getBytes(), "grid.component.import.unreadable");
    assertRefused(
        "a.geojson", "{\"type\":\"Feature\"}".getBytes(), "grid.component.import.collection");
    assertRefused("a.geojson", "{oops".getBytes(), "grid.component.import.json");
    assertRefused("a.txt", "hello".getBytes(), "grid.component.import.format");
    assertRefused("a.xlsx", new byte[0], "grid.component.import.empty");
  }

  private static void assertRefused(String name, byte[] content, String key) {
    assertThatThrownBy(() -> ComponentFiles.read(name, content))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e -> assertThat(((ValidationException) e).errors().get(0).messageKey()).isEqualTo(key));
  }
}
