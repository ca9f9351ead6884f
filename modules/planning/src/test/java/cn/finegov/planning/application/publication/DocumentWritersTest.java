package cn.finegov.planning.application.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The PDF and Word writers produce files that parse back: the PDF's header, cross-reference table
 * (every offset points at its object), trailer and the Chinese text in its content streams; the
 * .docx's package parts as well-formed XML with the text in document order.
 */
class DocumentWritersTest {

  private static ReportDocument sample(int rows) {
    ReportDocument document = new ReportDocument("江城市2026年度精细化治理计划");
    document.heading("存在问题");
    document.paragraph("背街小巷环境差 & <路面> \"破损\"\n第二行 with Latin words");
    List<List<String>> table = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      table.add(List.of(String.valueOf(i), "任务" + i + "：加装电梯和老旧小区改造", "滨江区", "2026-12-31"));
    }
    document.table(List.of("序号", "任务名称", "牵头单位", "完成时限"), List.of(1, 6, 3, 2), table);
    return document;
  }

  @Test
  void thePdfHasAValidStructureAndCarriesTheChineseText() {
    byte[] pdf = PdfWriter.bytes(sample(120));
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);

    assertThat(raw).startsWith("%PDF-1.4\n");
    assertThat(raw).endsWith("%%EOF\n");
    Matcher startxref = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(raw);
    assertThat(startxref.find()).isTrue();
    int xref = Integer.parseInt(startxref.group(1));
    assertThat(raw.substring(xref)).startsWith("xref\n0 ");
    String[] lines = raw.substring(xref).split("\n");
    int size = Integer.parseInt(lines[1].split(" ")[1]);
    assertThat(lines[2]).isEqualTo("0000000000 65535 f ");
    for (int object = 1; object < size; object++) {
      String entry = lines[2 + object];
      assertThat(entry).matches("\\d{10} 00000 n ");
      int offset = Integer.parseInt(entry.substring(0, 10));
      assertThat(raw.substring(offset)).startsWith(object + " 0 obj\n");
    }
    assertThat(raw).contains("trailer\n<< /Size " + size + " /Root 1 0 R");
    assertThat(raw).contains("/BaseFont /STSong-Light /Encoding /UniGB-UCS2-H");
    Matcher count = Pattern.compile("/Type /Pages /Kids \\[[^]]*\\] /Count (\\d+)").matcher(raw);
    assertThat(count.find()).isTrue();
    assertThat(Integer.parseInt(count.group(1)))
        .as("120 rows need more than a page")
        .isGreaterThan(1);
    for (Matcher stream = Pattern.compile("/Length (\\d+) >>\nstream\n").matcher(raw);
        stream.find(); ) {
      int length = Integer.parseInt(stream.group(1));
      assertThat(raw.substring(stream.end() + length)).startsWith("endstream");
    }

    String text = pdfText(raw);
    assertThat(text).contains("江城市2026年度精细化治理计划", "存在问题", "背街小巷环境差 & <路面> \"破损\"");
    assertThat(text).contains("第二行 with Latin words", "任务120：", "完成时限");
  }

  @Test
  void wrappingKeepsEveryCharacterAndFitsTheWidth() {
    String long1 = "背街小巷环境综合整治".repeat(10) + " and some Latin words to wrap";
    List<String> lines = PdfWriter.wrap(long1, 100, 10);
    assertThat(lines).hasSizeGreaterThan(5);
    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(long1.replace(" ", ""));
    assertThat(lines)
        .allSatisfy(l -> assertThat(PdfWriter.textWidth(l, 10)).isLessThanOrEqualTo(100));
    assertThat(PdfWriter.hex("A江")).isEqualTo("00416C5F");
  }

  @Test
  void theDocxIsAZipOfWellFormedPartsWithTheTextInOrder() throws Exception {
    byte[] docx = DocxWriter.bytes(sample(3));
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        parts.put(entry.getName(), zip.readAllBytes());
      }
    }
    assertThat(parts).containsOnlyKeys("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (byte[] part : parts.values()) {
      factory.newDocumentBuilder().parse(new ByteArrayInputStream(part));
    }
    Document types = parse(factory, parts.get("[Content_Types].xml"));
    assertThat(
            types
                .getDocumentElement()
                .getElementsByTagName("Override")
                .item(0)
                .getAttributes()
                .getNamedItem("PartName")
                .getNodeValue())
        .isEqualTo("/word/document.xml");
    Document rels = parse(factory, parts.get("_rels/.rels"));
    assertThat(
            rels.getElementsByTagName("Relationship")
                .item(0)
                .getAttributes()
                .getNamedItem("Target")
                .getNodeValue())
        .isEqualTo("word/document.xml");
    Document body = parse(factory, parts.get("word/document.xml"));
    NodeList texts = body.getElementsByTagNameNS(DocxWriter.W, "t");
    List<String> all = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      all.add(texts.item(i).getTextContent());
    }
    assertThat(all)
        .containsSubsequence(
            "江城市2026年度精细化治理计划",
            "存在问题",
            "背街小巷环境差 & <路面> \"破损\"",
            "第二行 with Latin words",
            "序号",
            "任务3：加装电梯和老旧小区改造");
    assertThat(body.getElementsByTagNameNS(DocxWriter.W, "tr").getLength()).isEqualTo(4);
    assertThat(body.getElementsByTagNameNS(DocxWriter.W, "sectPr").getLength()).isEqualTo(1);
  }

  private static Document parse(DocumentBuilderFactory factory, byte[] xml) throws Exception {
    try (InputStream in = new ByteArrayInputStream(xml)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  /** The text shown by the content streams: every hex string decoded from UCS-2, joined. */
  static String pdfText(String raw) {
    StringBuilder text = new StringBuilder();
    Matcher shown = Pattern.compile("<([0-9A-F]+)> Tj").matcher(raw);
    while (shown.find()) {
      String hex = shown.group(1);
      for (int i = 0; i + 4 <= hex.length(); i += 4) {
        text.append((char) Integer.parseInt(hex.substring(i, i + 4), 16));
      }
      text.append('\n');
    }
    return text.toString();
  }
}
