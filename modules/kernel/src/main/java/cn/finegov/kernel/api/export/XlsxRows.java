package cn.finegov.kernel.api.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the cell texts of the first worksheet of an .xlsx workbook (Office Open XML): shared
 * strings, inline strings, numbers (written without exponent, so that a 16-digit id typed as a
 * number stays readable) and booleans. Formulas give their cached value. Enough for an import
 * template; no styles, dates come as the numbers Excel stores.
 */
public final class XlsxRows {

  /** A row with its 1-based number in the sheet and the texts of its cells by column (0-based). */
  public record Row(int number, Map<Integer, String> cells) {

    /** The stripped text of a cell, {@code null} when it is empty or blank. */
    public String cell(int column) {
      String text = cells.get(column);
      return text == null || text.isBlank() ? null : text.strip();
    }
  }

  /** Most cells read, against workbooks that claim millions of cells. */
  static final int MAX_CELLS = 2_000_000;

  /** Most bytes of one part read (a zip bomb stops here). */
  static final int MAX_PART_BYTES = 64 * 1024 * 1024;

  private XlsxRows() {}

  /**
   * The rows of the first worksheet, in sheet order; rows without any text are left out.
   *
   * @throws IOException when the bytes are no workbook
   */
  public static List<Row> read(byte[] workbook) throws IOException {
    Map<String, byte[]> parts = new HashMap<>();
    // The central directory is the reliable index (some writers leave sizes out of the local
    // headers, which a streaming reader cannot cope with), so the bytes go through a file.
    Path file = Files.createTempFile("import-", ".xlsx");
    try {
      Files.write(file, workbook);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          String name = entry.getName();
          if (name.equals("xl/sharedStrings.xml")
              || name.matches("xl/worksheets/sheet[0-9]+\\.xml")) {
            try (InputStream in = zip.getInputStream(entry)) {
              parts.put(name, in.readNBytes(MAX_PART_BYTES));
            }
          }
        }
      }
    } catch (ZipException | IllegalArgumentException e) {
      throw new IOException("not a zip archive", e);
    } finally {
      Files.deleteIfExists(file);
    }
    String sheet =
        parts.keySet().stream()
            .filter(n -> n.startsWith("xl/worksheets/"))
            .min((a, b) -> Integer.compare(number(a), number(b)))
            .orElseThrow(() -> new IOException("no worksheet"));
    try {
      List<String> shared =
          parts.containsKey("xl/sharedStrings.xml")
              ? sharedStrings(parts.get("xl/sharedStrings.xml"))
              : List.of();
      return rows(parts.get(sheet), shared);
    } catch (XMLStreamException | RuntimeException e) {
      throw new IOException("unreadable worksheet", e);
    }
  }

  private static int number(String sheetPart) {
    return Integer.parseInt(sheetPart.replaceAll("[^0-9]", ""));
  }

  private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    InputStream in = new ByteArrayInputStream(xml);
    return factory.createXMLStreamReader(in);
  }

  private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
    List<String> strings = new ArrayList<>();
    XMLStreamReader xr = reader(xml);
    StringBuilder current = null;
    boolean inText = false;
    boolean inPhonetic = false;
    while (xr.hasNext()) {
      int event = xr.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xr.getLocalName()) {
          case "si" -> current = new StringBuilder();
          case "rPh" -> inPhonetic = true;
          case "t" -> inText = !inPhonetic;
          default -> {}
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        switch (xr.getLocalName()) {
          case "si" -> strings.add(current == null ? "" : current.toString());
          case "rPh" -> inPhonetic = false;
          case "t" -> inText = false;
          default -> {}
        }
      } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
          && inText
          && current != null) {
        current.append(xr.getText());
      }
    }
    return strings;
  }

  private static List<Row> rows(byte[] xml, List<String> shared) throws XMLStreamException {
    List<Row> rows = new ArrayList<>();
    XMLStreamReader xr = reader(xml);
    Map<Integer, String> cells = null;
    int rowNumber = 0;
    int column = 0;
    String type = null;
    StringBuilder value = null;
    boolean inValue = false;
    int read = 0;
    while (xr.hasNext()) {
      int event = xr.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xr.getLocalName()) {
          case "row" -> {
            String r = xr.getAttributeValue(null, "r");
            rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
            cells = new TreeMap<>();
            column = 0;
          }
          case "c" -> {
            String ref = xr.getAttributeValue(null, "r");
            column = ref == null ? column + 1 : columnOf(ref);
            type = xr.getAttributeValue(null, "t");
            value = new StringBuilder();
            if (++read > MAX_CELLS) {
              throw new IllegalStateException("too many cells");
            }
          }
          case "v", "t" -> inValue = value != null;
          default -> {}
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        switch (xr.getLocalName()) {
          case "c" -> {
            if (cells != null && value != null) {
              String text = text(type, value.toString(), shared);
              if (text != null && !text.isEmpty()) {
                cells.put(column, text);
              }
            }
            value = null;
          }
          case "v", "t" -> inValue = false;
          case "row" -> {
            if (cells != null && !cells.isEmpty()) {
              rows.add(new Row(rowNumber, cells));
            }
            cells = null;
          }
          default -> {}
        }
      } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
          && inValue) {
        value.append(xr.getText());
      }
    }
    return rows;
  }

  /** 0-based column of a cell reference such as {@code AB12}. */
  static int columnOf(String reference) {
    int column = 0;
    for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
      column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
    }
    return column - 1;
  }

  private static String text(String type, String raw, List<String> shared) {
    if ("s".equals(type)) {
      int index = Integer.parseInt(raw.strip());
      return index >= 0 && index < shared.size() ? shared.get(index) : null;
    }
    if ("b".equals(type)) {
      return "1".equals(raw.strip()) ? "true" : "false";
    }
    if (type == null || "n".equals(type)) {
      String number = raw.strip();
      if (number.isEmpty()) {
        return null;
      }
      try {
        return new BigDecimal(number).stripTrailingZeros().toPlainString();
      } catch (NumberFormatException e) {
        return number;
      }
    }
    return raw;
  }
}
