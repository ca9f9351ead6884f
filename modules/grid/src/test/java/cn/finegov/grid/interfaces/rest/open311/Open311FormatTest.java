package cn.finegov.grid.interfaces.rest.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two formats of GeoReport v2 and the spec's error documents. */
class Open311FormatTest {

  @Test
  void theFormatIsTheExtension() {
    assertThat(Open311Format.of("json")).contains(Open311Format.JSON);
    assertThat(Open311Format.of("XML")).contains(Open311Format.XML);
    assertThat(Open311Format.of("yaml")).isEmpty();
    assertThat(Open311Resource.Named.of("990102-2026-000001.xml"))
        .isEqualTo(new Open311Resource.Named("990102-2026-000001", "xml"));
    assertThat(Open311Resource.Named.of("E0101")).isEqualTo(new Open311Resource.Named("E0101", ""));
  }

  @Test
  void listsAreArraysOrElementsWithEmptyElementsForNothing() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("service_code", "E0101");
    row.put("service_name", "暴露垃圾 <&>");
    row.put("metadata", false);
    row.put("lat", 30.5);
    row.put("account_id", null);

    assertThat(Open311Format.JSON.mediaType()).startsWith("application/json");
    assertThat(Open311Format.JSON.listBody("services", "service", List.of(row)))
        .isEqualTo(
            "[{\"service_code\":\"E0101\",\"service_name\":\"暴露垃圾 <&>\",\"metadata\":false,"
                + "\"lat\":30.5,\"account_id\":null}]");

    assertThat(Open311Format.XML.mediaType()).startsWith("text/xml");
    assertThat(Open311Format.XML.listBody("services", "service", List.of(row)))
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><services>")
        .contains(
            "<services><service><service_code>E0101</service_code>"
                + "<service_name>暴露垃圾 &lt;&amp;&gt;</service_name><metadata>false</metadata>"
                + "<lat>30.5</lat><account_id/></service></services>");
  }

  @Test
  void nestedListsNameTheirItemsAndErrorsFollowTheSpec() {
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("service_code", "E0101");
    definition.put("attributes", List.of());
    definition.put("formats", List.of("text/xml", "application/json"));
    assertThat(Open311Format.XML.objectBody("service_definition", definition))
        .contains(
            "<service_definition><service_code>E0101</service_code><attributes></attributes>"
                + "<formats><format>text/xml</format><format>application/json</format></formats>"
                + "</service_definition>");

    assertThat(Open311Format.JSON.errorsBody(404, List.of("没有服务“E9999”")))
        .isEqualTo("[{\"code\":404,\"description\":\"没有服务“E9999”\"}]");
    assertThat(Open311Format.XML.errorsBody(400, List.of("a", "b")))
        .contains(
            "<errors><error><code>400</code><description>a</description></error>"
                + "<error><code>400</code><description>b</description></error></errors>");
  }
}
