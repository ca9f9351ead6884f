package cn.finegov.integration.runtime.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderJsonTest {

  @Test
  void headersWrittenAndReadBackAreTheSame() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("GovernanceSource", "目录文件 2024.csv");
    headers.put("GovernanceMessageId", "ab12");
    headers.put("Quoted", "say \"hi\"\nand \\ leave");

    Map<String, String> read = HeaderJson.read(HeaderJson.write(headers));

    assertThat(read).isEqualTo(headers);
  }

  @Test
  void headersAreWrittenInTheOrderOfTheirNames() {
    Map<String, String> headers = new HashMap<>();
    headers.put("zeta", "3");
    headers.put("alpha", "1");
    headers.put("Middle", "2");

    String json = HeaderJson.write(headers);

    assertThat(json).isEqualTo("{\"Middle\":\"2\",\"alpha\":\"1\",\"zeta\":\"3\"}");
    assertThat(HeaderJson.read(json).keySet()).containsExactly("Middle", "alpha", "zeta");
  }

  @Test
  void readingKeepsTheOrderOfTheText() {
    Map<String, String> read = HeaderJson.read("{\"b\":\"2\",\"a\":\"1\",\"c\":\"3\"}");

    assertThat(read.keySet()).containsExactly("b", "a", "c");
  }

  @Test
  void aNullValueIsWrittenAsAnEmptyString() {
    Map<String, String> headers = new HashMap<>();
    headers.put("missing", null);

    assertThat(HeaderJson.read(HeaderJson.write(headers))).containsExactly(entry("missing", ""));
  }

  @Test
  void noHeadersAreAnEmptyObject() {
    assertThat(HeaderJson.write(Map.of())).isEqualTo("{}");
    assertThat(HeaderJson.read("{}")).isEmpty();
  }

  @Test
  void nullOrBlankTextReadsAsNoHeadersThatCanBeAddedTo() {
    Map<String, String> fromNull = HeaderJson.read(null);
    Map<String, String> fromBlank = HeaderJson.read("  \n ");

    assertThat(fromNull).isEmpty();
    assertThat(fromBlank).isEmpty();
    fromNull.put("added", "yes");
    assertThat(fromNull).containsEntry("added", "yes");
  }

  @Test
  void valuesThatAreNotStringsAreReadAsTheirJsonText() {
    Map<String, String> read = HeaderJson.read("{\"count\":3,\"flag\":true,\"nothing\":null}");

    assertThat(read)
        .containsExactly(entry("count", "3"), entry("flag", "true"), entry("nothing", "null"));
  }
}
