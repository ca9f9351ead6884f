package cn.finegov.planning.application.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a {@link ReportDocument} as a minimal Word document (Office Open XML, .docx): the
 * package's content types and relationships, and one {@code word/document.xml} with paragraphs
 * (SimSun for Chinese) and ruled tables on an A4 page.
 */
public final class DocxWriter {

  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** Text width of an A4 page with 2.3 cm margins, in twentieths of a point. */
  static final int TEXT_WIDTH = 11906 - 2 * 1304;

  private DocxWriter() {}

  /** Writes the document; the stream is not closed. */
  public static void write(ReportDocument document, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    entry(
        zip,
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "</Types>");
    entry(
        zip,
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "</Relationships>");
    entry(zip, "word/document.xml", body(document));
    zip.finish();
  }

  /** The document as bytes. */
  public static byte[] bytes(ReportDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(document, out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  static String body(ReportDocument document) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        .append("<w:document xmlns:w=\"")
        .append(W)
        .append("\"><w:body>");
    for (ReportDocument.Block block : document.blocks()) {
      if (block instanceof ReportDocument.Heading heading) {
        boolean title = heading.level() == 1;
        paragraph(xml, heading.text(), title ? 36 : 28, true, title);
      } else if (block instanceof ReportDocument.Paragraph paragraph) {
        paragraph(xml, paragraph.text(), 21, false, false);
      } else if (block instanceof ReportDocument.Table table) {
        table(xml, table);
      }
    }
    xml.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
        .append("<w:pgMar w:top=\"1440\" w:right=\"1304\" w:bottom=\"1440\" w:left=\"1304\"")
        .append(" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr>")
        .append("</w:body></w:document>");
    return xml.toString();
  }

  private static void paragraph(
      StringBuilder xml, String text, int halfPoints, boolean bold, boolean centred) {
    xml.append("<w:p>");
    if (centred) {
      xml.append("<w:pPr><w:jc w:val=\"center\"/></w:pPr>");
    }
    run(xml, text, halfPoints, bold);
    xml.append("</w:p>");
  }

  private static void run(StringBuilder xml, String text, int halfPoints, boolean bold) {
    xml.append(
        "<w:r><w:rPr><w:rFonts w:ascii=\"SimSun\" w:hAnsi=\"SimSun\" w:eastAsia=\"SimSun\"/>");
    if (bold) {
      xml.append("<w:b/>");
    }
    xml.append("<w:sz w:val=\"").append(halfPoints).append("\"/></w:rPr>");
    String[] lines = (text == null ? "" : text).split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        xml.append("<w:br/>");
      }
      xml.append("<w:t xml:space=\"preserve\">").append(escape(lines[i])).append("</w:t>");
    }
    xml.append("</w:r>");
  }

  private static void table(StringBuilder xml, ReportDocument.Table table) {
    int total = table.widths().stream().mapToInt(Integer::intValue).sum();
    int[] widths = new int[table.widths().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = TEXT_WIDTH * table.widths().get(i) / total;
    }
    xml.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(TEXT_WIDTH).append("\" w:type=\"dxa\"/>");
    xml.append("<w:tblBorders>");
    for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
      xml.append("<w:")
          .append(side)
          .append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
    }
    xml.append("</w:tblBorders></w:tblPr><w:tblGrid>");
    for (int width : widths) {
      xml.append("<w:gridCol w:w=\"").append(width).append("\"/>");
    }
    xml.append("</w:tblGrid>");
    row(xml, table.headers(), widths, true);
    for (var row : table.rows()) {
      row(xml, row, widths, false);
    }
    xml.append("</w:tbl><w:p/>");
  }

  private static void row(
      StringBuilder xml, java.util.List<String> cells, int[] widths, boolean header) {
    xml.append("<w:tr>");
    if (header) {
      xml.append("<w:trPr><w:tblHeader/></w:trPr>");
    }
    for (int c = 0; c < widths.length; c++) {
      xml.append("<w:tc><w:tcPr><w:tcW w:w=\"")
          .append(widths[c])
          .append("\" w:type=\"dxa\"/></w:tcPr><w:p>");
      run(xml, c < cells.size() ? cells.get(c) : "", 18, header);
      xml.append("</w:p></w:tc>");
    }
    xml.append("</w:tr>");
  }

  /** Escapes XML's special characters and drops characters XML 1.0 cannot carry. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
