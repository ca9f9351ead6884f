package cn.finegov.planning.application.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link ReportDocument} as PDF 1.4 on A4 pages without any library: text in the
 * non-embedded CJK font STSong-Light (Adobe-GB1, encoding UniGB-UCS2-H, which every conforming
 * reader supplies), written as hex strings of UCS-2 codes; tables with ruled cells; long text
 * wrapped by an estimate of the glyph widths (full width for CJK, half width for Latin). Streams
 * are left uncompressed.
 */
public final class PdfWriter {

  public static final String CONTENT_TYPE = "application/pdf";

  static final float PAGE_WIDTH = 595.28f;
  static final float PAGE_HEIGHT = 841.89f;
  static final float MARGIN = 56f;
  static final float BODY = 10.5f;
  static final float CELL_PAD = 3f;

  private final List<String> pages = new ArrayList<>();
  private StringBuilder page;
  private float y;

  private PdfWriter() {}

  /** Writes the document; the stream is not closed. */
  public static void write(ReportDocument document, OutputStream out) throws IOException {
    PdfWriter writer = new PdfWriter();
    writer.layout(document);
    out.write(writer.assemble(document.title()));
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

  // --- layout ---------------------------------------------------------------------------------

  private void layout(ReportDocument document) {
    newPage();
    float width = PAGE_WIDTH - 2 * MARGIN;
    for (ReportDocument.Block block : document.blocks()) {
      if (block instanceof ReportDocument.Heading heading) {
        float size = heading.level() == 1 ? 18f : 13f;
        space(size * 0.8f);
        for (String line : wrap(heading.text(), width, size)) {
          need(size * 1.5f);
          float x = heading.level() == 1 ? MARGIN + (width - textWidth(line, size)) / 2 : MARGIN;
          text(x, y - size, size, line);
          y -= size * 1.5f;
        }
        space(size * 0.3f);
      } else if (block instanceof ReportDocument.Paragraph paragraph) {
        for (String line : wrap(paragraph.text(), width, BODY)) {
          need(BODY * 1.6f);
          text(MARGIN, y - BODY, BODY, line);
          y -= BODY * 1.6f;
        }
        space(BODY * 0.5f);
      } else if (block instanceof ReportDocument.Table table) {
        table(table, width);
      }
    }
    pages.add(page.toString());
  }

  private void table(ReportDocument.Table table, float width) {
    float size = 9f;
    float leading = size * 1.4f;
    int total = table.widths().stream().mapToInt(Integer::intValue).sum();
    float[] columns = new float[table.widths().size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = width * table.widths().get(i) / total;
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(table.headers());
    rows.addAll(table.rows());
    for (List<String> row : rows) {
      List<List<String>> cells = new ArrayList<>();
      int lines = 1;
      for (int c = 0; c < columns.length; c++) {
        List<String> wrapped =
            wrap(c < row.size() ? row.get(c) : "", columns[c] - 2 * CELL_PAD, size);
        cells.add(wrapped);
        lines = Math.max(lines, wrapped.size());
      }
      float height = lines * leading + 2 * CELL_PAD;
      need(height);
      float x = MARGIN;
      for (int c = 0; c < columns.length; c++) {
        page.append(
            String.format(
                Locale.ROOT, "%.2f %.2f %.2f %.2f re S%n", x, y - height, columns[c], height));
        float lineY = y - CELL_PAD - size;
        for (String line : cells.get(c)) {
          text(x + CELL_PAD, lineY, size, line);
          lineY -= leading;
        }
        x += columns[c];
      }
      y -= height;
    }
    space(BODY);
  }

  private void need(float height) {
    if (y - height < MARGIN) {
      pages.add(page.toString());
      newPage();
    }
  }

  private void space(float height) {
    y -= height;
  }

  private void newPage() {
    page = new StringBuilder("0.5 w\n");
    y = PAGE_HEIGHT - MARGIN;
  }

  private void text(float x, float baseline, float size, String line) {
    if (line.isEmpty()) {
      return;
    }
    page.append(
        String.format(
            Locale.ROOT, "BT /F1 %.1f Tf %.2f %.2f Td <%s> Tj ET%n", size, x, baseline, hex(line)));
  }

  /** The text as UCS-2 hex; characters outside the basic plane and controls become '?'. */
  static String hex(String text) {
    StringBuilder hex = new StringBuilder(text.length() * 4);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c) || Character.isISOControl(c)) {
        if (Character.isHighSurrogate(c)) {
          i++;
        }
        c = '?';
      }
      hex.append(String.format("%04X", (int) c));
    }
    return hex.toString();
  }

  /** Estimated width: CJK and other wide characters one em, Latin half an em. */
  static float textWidth(String text, float size) {
    float em = 0;
    for (int i = 0; i < text.length(); i++) {
      em += text.charAt(i) < 0x2E80 ? 0.5f : 1f;
    }
    return em * size;
  }

  /** Lines that fit the width: at line breaks, then at spaces for Latin words, else anywhere. */
  static List<String> wrap(String text, float width, float size) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : (text == null ? "" : text).split("\r?\n", -1)) {
      StringBuilder line = new StringBuilder();
      float used = 0;
      int lastSpace = -1;
      for (int i = 0; i < paragraph.length(); i++) {
        char c = paragraph.charAt(i);
        float w = (c < 0x2E80 ? 0.5f : 1f) * size;
        if (used + w > width && line.length() > 0) {
          if (c != ' ' && lastSpace > 0) {
            String rest = line.substring(lastSpace + 1);
            lines.add(line.substring(0, lastSpace));
            line = new StringBuilder(rest);
            used = textWidth(rest, size);
          } else {
            lines.add(line.toString());
            line = new StringBuilder();
            used = 0;
          }
          lastSpace = -1;
          if (c == ' ') {
            continue;
          }
        }
        if (c == ' ') {
          lastSpace = line.length();
        }
        line.append(c);
        used += w;
      }
      lines.add(line.toString());
    }
    return lines;
  }

  // --- file structure -------------------------------------------------------------------------

  private byte[] assemble(String title) {
    List<String> objects = new ArrayList<>();
    // 1 catalog, 2 pages, 3 font, 4 CID font, 5 descriptor, 6 info, then page + content pairs.
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < pages.size(); i++) {
      kids.append(7 + 2 * i).append(" 0 R ");
    }
    objects.add(
        "<< /Type /Pages /Kids [" + kids.toString().strip() + "] /Count " + pages.size() + " >>");
    objects.add(
        "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H"
            + " /DescendantFonts [4 0 R] >>");
    objects.add(
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
            + " /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >>"
            + " /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>");
    objects.add(
        "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6"
            + " /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120"
            + " /CapHeight 880 /StemV 93 >>");
    objects.add("<< /Title <FEFF" + hex(title) + "> /Producer (governance suite) >>");
    for (int i = 0; i < pages.size(); i++) {
      objects.add(
          String.format(
              Locale.ROOT,
              "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f]"
                  + " /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>",
              PAGE_WIDTH,
              PAGE_HEIGHT,
              8 + 2 * i));
      byte[] content = pages.get(i).getBytes(StandardCharsets.US_ASCII);
      objects.add("<< /Length " + content.length + " >>\nstream\n" + pages.get(i) + "endstream");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n", StandardCharsets.ISO_8859_1);
    long[] offsets = new long[objects.size()];
    for (int i = 0; i < objects.size(); i++) {
      offsets[i] = out.size();
      write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n", StandardCharsets.US_ASCII);
    }
    long xref = out.size();
    StringBuilder table = new StringBuilder();
    table.append("xref\n0 ").append(objects.size() + 1).append('\n');
    table.append("0000000000 65535 f \n");
    for (long offset : offsets) {
      table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
    }
    table
        .append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R /Info 6 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    write(out, table.toString(), StandardCharsets.US_ASCII);
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text, java.nio.charset.Charset cs) {
    byte[] bytes = text.getBytes(cs);
    out.write(bytes, 0, bytes.length);
  }
}
