package cn.finegov.integration.egov.orgsync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.simulators.egov.DirectoryFile;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchJsonTest {

  private static OrgDirectoryBatch.Row row(int line, String code, String name) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("机构代码", code);
    fields.put("机构名称", name);
    fields.put("机构简称", "");
    fields.put("备注", "含\"引号\"、逗号,和\n换行");
    return new OrgDirectoryBatch.Row(line, fields);
  }

  @Test
  void aBatchWrittenAndReadBackIsTheSameBatch() {
    OrgDirectoryBatch batch =
        new OrgDirectoryBatch(
            "组织机构目录 2024.csv",
            "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b",
            "GB18030",
            List.of(row(2, "990100", "模拟市人民政府"), row(5, "990101", "模拟市第1区人民政府")));

    OrgDirectoryBatch read = BatchJson.read(BatchJson.write(batch));

    assertThat(read).isEqualTo(batch);
    assertThat(read.rows().get(1).number()).isEqualTo(5);
    assertThat(read.rows().get(0).get("机构名称")).isEqualTo("模拟市人民政府");
  }

  @Test
  void chineseTextIsWrittenReadably() {
    OrgDirectoryBatch batch =
        new OrgDirectoryBatch("目录.csv", "id", "UTF-8", List.of(row(2, "990100", "模拟市人民政府")));

    String json = BatchJson.write(batch);

    assertThat(json)
        .contains("\"file\":\"目录.csv\"")
        .contains("\"messageId\":\"id\"")
        .contains("\"line\":2")
        .contains("模拟市人民政府");
  }

  @Test
  void aParsedFileSurvivesTheRoundTrip() {
    byte[] bytes =
        DirectoryFile.generatedCity("990100", 2, 2, 2)
            .bytes(java.nio.charset.Charset.forName("GBK"));
    OrgDirectoryBatch parsed =
        new OrgDirectoryParser(OrgDirectoryFormat.from(key -> Optional.empty()))
            .parse(bytes, "city.csv");

    assertThat(BatchJson.read(BatchJson.write(parsed))).isEqualTo(parsed);
  }

  @Test
  void aMissingFileNameAndCharsetAreReadBackAsEmpty() {
    OrgDirectoryBatch batch = new OrgDirectoryBatch(null, "id", null, List.of());

    OrgDirectoryBatch read = BatchJson.read(BatchJson.write(batch));

    assertThat(read.fileName()).isEmpty();
    assertThat(read.charset()).isEmpty();
    assertThat(read.messageId()).isEqualTo("id");
    assertThat(read.rows()).isEmpty();
  }

  @Test
  void theBatchOfOneRowKeepsTheFileIdentity() {
    OrgDirectoryBatch batch =
        new OrgDirectoryBatch(
            "目录.csv", "id", "UTF-8", List.of(row(2, "990100", "模拟市"), row(3, "990101", "第1区")));

    OrgDirectoryBatch one = BatchJson.read(BatchJson.write(batch.only(batch.rows().get(1))));

    assertThat(one.fileName()).isEqualTo("目录.csv");
    assertThat(one.messageId()).isEqualTo("id");
    assertThat(one.rows()).containsExactly(batch.rows().get(1));
    assertThat(
            new String(
                BatchJson.write(one).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .contains("第1区");
  }
}
