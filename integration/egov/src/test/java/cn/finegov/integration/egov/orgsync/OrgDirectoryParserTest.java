package cn.finegov.integration.egov.orgsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import cn.finegov.simulators.egov.DirectoryFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrgDirectoryParserTest {

  private static final Charset GBK = Charset.forName("GBK");
  private static final OrgDirectoryFormat FORMAT = OrgDirectoryFormat.from(key -> Optional.empty());

  private final OrgDirectoryParser parser = new OrgDirectoryParser(FORMAT);

  private static DirectoryFile twoUnits() {
    return new DirectoryFile()
        .unit("990100", "模拟市人民政府", "模拟市", "市", null, 1, "正常")
        .unit("990101", "模拟市第1区人民政府", "第1区", "区", "990100", 2, "撤销");
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void aUtf8FileIsReadWithItsRowsAndColumns() throws Exception {
    byte[] bytes = twoUnits().bytes(StandardCharsets.UTF_8);

    OrgDirectoryBatch batch = parser.parse(bytes, "directory.csv");

    assertThat(batch.fileName()).isEqualTo("directory.csv");
    assertThat(batch.charset()).isEqualTo("UTF-8");
    assertThat(batch.messageId()).isEqualTo(sha256(bytes));
    assertThat(batch.rows()).hasSize(2);
    assertThat(batch.rows().get(0).fields())
        .containsOnly(
            entry("机构代码", "990100"),
            entry("机构名称", "模拟市人民政府"),
            entry("机构简称", "模拟市"),
            entry("机构类型", "市"),
            entry("上级机构代码", ""),
            entry("排序号", "1"),
            entry("状态", "正常"));
    assertThat(batch.rows().get(1).get("上级机构代码")).isEqualTo("990100");
    assertThat(batch.rows().get(1).get("状态")).isEqualTo("撤销");
  }

  @Test
  void aGbkFileIsDetectedAndItsChineseTextReadCorrectly() throws Exception {
    byte[] bytes = twoUnits().bytes(GBK);

    OrgDirectoryBatch batch = parser.parse(bytes, "directory.csv");

    assertThat(batch.charset()).isEqualTo("GB18030");
    assertThat(batch.rows())
        .extracting(row -> row.get("机构名称"))
        .containsExactly("模拟市人民政府", "模拟市第1区人民政府");
    assertThat(batch.messageId()).isEqualTo(sha256(bytes));
  }

  @Test
  void theMessageIdIsTheSha256OfTheBytesAsReceived() throws Exception {
    byte[] utf8 = twoUnits().bytes(StandardCharsets.UTF_8);
    byte[] gbk = twoUnits().bytes(GBK);

    String utf8Id = parser.parse(utf8, "a.csv").messageId();
    String gbkId = parser.parse(gbk, "a.csv").messageId();

    assertThat(utf8Id).hasSize(64).matches("[0-9a-f]+").isEqualTo(sha256(utf8));
    assertThat(gbkId).isNotEqualTo(utf8Id);
    assertThat(parser.parse(utf8.clone(), "another-name.csv").messageId()).isEqualTo(utf8Id);
    assertThat(OrgDirectoryParser.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void aConfiguredCharsetIsUsedInsteadOfDetection() {
    OrgDirectoryFormat gbkFormat =
        OrgDirectoryFormat.from(
            key -> key.equals("egov.orgsync.charset") ? Optional.of("GBK") : Optional.empty());

    OrgDirectoryBatch batch =
        new OrgDirectoryParser(gbkFormat).parse(twoUnits().bytes(GBK), "directory.csv");

    assertThat(batch.charset()).isEqualTo("GBK");
    assertThat(batch.rows().get(0).get("机构名称")).isEqualTo("模拟市人民政府");
  }

  @Test
  void aByteOrderMarkDoesNotSpoilTheFirstColumnName() {
    byte[] bytes = ("\uFEFF" + twoUnits().text()).getBytes(StandardCharsets.UTF_8);

    OrgDirectoryBatch batch = parser.parse(bytes, "bom.csv");

    assertThat(batch.rows().get(0).get("机构代码")).isEqualTo("990100");
  }

  @Test
  void rowsAreNumberedByTheirLineCountingTheHeaderAsLineOne() {
    OrgDirectoryBatch batch = parser.parse(twoUnits().bytes(StandardCharsets.UTF_8), "a.csv");

    assertThat(batch.rows()).extracting(OrgDirectoryBatch.Row::number).containsExactly(2, 3);
  }

  @Test
  void blankLinesAreSkippedButCountedInTheLineNumbers() {
    DirectoryFile file =
        new DirectoryFile()
            .line("")
            .unit("990100", "模拟市人民政府", "模拟市", "市", null, 1, "正常")
            .line("")
            .line("")
            .unit("990101", "第1区", null, "区", "990100", 1, "正常");

    OrgDirectoryBatch batch = parser.parse(file.bytes(StandardCharsets.UTF_8), "a.csv");

    assertThat(batch.rows()).extracting(row -> row.get("机构代码")).containsExactly("990100", "990101");
    assertThat(batch.rows()).extracting(OrgDirectoryBatch.Row::number).containsExactly(3, 6);
  }

  @Test
  void theLastRowKeepsItsLineNumberWithoutAFinalLineBreak() {
    String text = DirectoryFile.HEADER + "\n990100,模拟市,,市,,1,正常\n990101,第1区,,区,990100,1,正常";

    OrgDirectoryBatch batch = parser.parse(text.getBytes(StandardCharsets.UTF_8), "a.csv");

    assertThat(batch.rows()).extracting(OrgDirectoryBatch.Row::number).containsExactly(2, 3);
  }

  @Test
  void quotedValuesKeepTheirCommasAndQuotes() {
    DirectoryFile file =
        new DirectoryFile()
            .unit("990100D01", "城市管理局（\"城管\"），执法支队,第一大队", "城管,执法", "部门", "990100", 1, "正常");

    OrgDirectoryBatch batch = parser.parse(file.bytes(StandardCharsets.UTF_8), "a.csv");

    assertThat(batch.rows()).hasSize(1);
    OrgDirectoryBatch.Row row = batch.rows().get(0);
    assertThat(row.get("机构名称")).isEqualTo("城市管理局（\"城管\"），执法支队,第一大队");
    assertThat(row.get("机构简称")).isEqualTo("城管,执法");
    assertThat(row.get("机构类型")).isEqualTo("部门");
    assertThat(row.get("上级机构代码")).isEqualTo("990100");
  }

  @Test
  void valuesAreTrimmedAndBlankValuesReadAsAbsent() {
    String text = DirectoryFile.HEADER + "\r\n 990100 , 模拟市 ,  ,市,,1,正常\r\n";

    OrgDirectoryBatch.Row row =
        parser.parse(text.getBytes(StandardCharsets.UTF_8), "a.csv").rows().get(0);

    assertThat(row.get("机构代码")).isEqualTo("990100");
    assertThat(row.get("机构名称")).isEqualTo("模拟市");
    assertThat(row.get("机构简称")).isNull();
    assertThat(row.get("不存在的列")).isNull();
  }

  @Test
  void aShortRowKeepsTheValuesItHas() {
    DirectoryFile file = new DirectoryFile().line("990100,模拟市");

    OrgDirectoryBatch.Row row =
        parser.parse(file.bytes(StandardCharsets.UTF_8), "a.csv").rows().get(0);

    assertThat(row.fields()).containsOnly(entry("机构代码", "990100"), entry("机构名称", "模拟市"));
  }

  @Test
  void aHeaderWithoutRowsIsAnEmptyBatch() {
    OrgDirectoryBatch batch =
        parser.parse(new DirectoryFile().bytes(StandardCharsets.UTF_8), "a.csv");

    assertThat(batch.rows()).isEmpty();
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefusedNamingTheMissingOnes() {
    byte[] bytes = "机构代码,机构名称,状态\r\n990100,模拟市,正常\r\n".getBytes(StandardCharsets.UTF_8);

    InvalidDirectoryFileException refusal =
        catchThrowableOfType(
            InvalidDirectoryFileException.class, () -> parser.parse(bytes, "partial.csv"));

    assertThat(refusal.messageKey()).isEqualTo("orgsync.file.missing-columns");
    assertThat(refusal.arguments()).containsExactly("partial.csv", "上级机构代码、机构类型", "机构代码、机构名称、状态");
  }

  @Test
  void anEmptyFileIsRefused() {
    InvalidDirectoryFileException empty =
        catchThrowableOfType(
            InvalidDirectoryFileException.class, () -> parser.parse(new byte[0], "empty.csv"));
    InvalidDirectoryFileException blank =
        catchThrowableOfType(
            InvalidDirectoryFileException.class,
            () -> parser.parse("\r\n \r\n".getBytes(StandardCharsets.UTF_8), "blank.csv"));

    assertThat(empty.messageKey()).isEqualTo("orgsync.file.empty");
    assertThat(empty.arguments()).containsExactly("empty.csv");
    assertThat(blank.messageKey()).isEqualTo("orgsync.file.empty");
  }

  @Test
  void anUnterminatedQuoteMakesTheFileUnreadable() {
    String text = DirectoryFile.HEADER + "\r\n990100,\"模拟市,,市,,1,正常\r\n";

    InvalidDirectoryFileException refusal =
        catchThrowableOfType(
            InvalidDirectoryFileException.class,
            () -> parser.parse(text.getBytes(StandardCharsets.UTF_8), "broken.csv"));

    assertThat(refusal.messageKey()).isEqualTo("orgsync.file.unreadable");
    assertThat(refusal.arguments()[0]).isEqualTo("broken.csv");
  }

  @Test
  void decodedTextIsParsedWithTheIdentityItIsGiven() {
    OrgDirectoryBatch batch =
        parser.parse(twoUnits().text(), "replayed.csv", "original-sha", "GB18030");

    assertThat(batch.messageId()).isEqualTo("original-sha");
    assertThat(batch.charset()).isEqualTo("GB18030");
    assertThat(batch.fileName()).isEqualTo("replayed.csv");
    assertThat(batch.rows()).hasSize(2);
    assertThat(batch.rows().get(1).fields()).contains(Map.entry("机构代码", "990101"));
  }
}
