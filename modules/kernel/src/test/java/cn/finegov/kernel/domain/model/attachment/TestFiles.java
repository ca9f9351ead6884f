package cn.finegov.kernel.domain.model.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Real files of the formats the detector knows, made in memory. */
public final class TestFiles {

  private TestFiles() {}

  /** An image of this size in an ImageIO format ({@code jpg}, {@code png}, {@code gif}). */
  public static byte[] image(String format, int width, int height) {
    BufferedImage image =
        new BufferedImage(
            width,
            height,
            format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(new Color(30, 90, 200));
    graphics.fillRect(0, 0, width, height);
    graphics.setColor(Color.ORANGE);
    graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
    graphics.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The start of a WebP file (RIFF container, VP8L chunk). */
  public static byte[] webp() {
    ByteBuffer buffer = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
    buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(32);
    buffer.put("WEBP".getBytes(StandardCharsets.US_ASCII));
    buffer.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(20);
    buffer.put((byte) 0x2F);
    return buffer.array();
  }

  /** A small but well-formed PDF. */
  public static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** A zip with these entries. */
  public static byte[] zip(Map<String, String> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** An OOXML package whose main part has this content type and name. */
  public static byte[] ooxml(String mainContentType, String mainPart) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/"
            + mainPart
            + "\" ContentType=\""
            + mainContentType
            + "\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\""
            + " PartName=\"/docProps/core.xml\"/>"
            + "</Types>");
    entries.put("_rels/.rels", "<Relationships/>");
    entries.put(mainPart, "<document/>");
    entries.put("docProps/core.xml", "<coreProperties/>");
    return zip(entries);
  }

  public static byte[] docx() {
    return ooxml(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "word/document.xml");
  }

  /**
   * A minimal OLE2 compound file (MS-CFB, 512-byte sectors) whose directory holds these stream
   * names after the root entry; more than three names make the directory span a second sector,
   * linked through the FAT.
   */
  public static byte[] compoundFile(List<String> streams) {
    int entries = streams.size() + 1;
    int directorySectors = (entries + 3) / 4;
    int sectors = 1 + directorySectors;
    ByteBuffer file = ByteBuffer.allocate(512 * (1 + sectors)).order(ByteOrder.LITTLE_ENDIAN);
    byte[] signature = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    file.put(0, signature);
    file.putShort(24, (short) 0x3E);
    file.putShort(26, (short) 3);
    file.putShort(28, (short) 0xFFFE);
    file.putShort(30, (short) 9);
    file.putShort(32, (short) 6);
    file.putInt(44, 1); // one FAT sector
    file.putInt(48, 1); // the directory starts in sector 1
    file.putInt(56, 4096);
    file.putInt(60, -2);
    file.putInt(64, 0);
    file.putInt(68, -2);
    file.putInt(72, 0);
    for (int i = 0; i < 109; i++) {
      file.putInt(76 + 4 * i, i == 0 ? 0 : -1);
    }
    // Sector 0: the FAT. Sector 0 is a FAT sector, the directory chain is 1 -> 2 -> ... -> end.
    int fat = 512;
    for (int i = 0; i < 128; i++) {
      file.putInt(fat + 4 * i, -1);
    }
    file.putInt(fat, -3);
    for (int s = 1; s <= directorySectors; s++) {
      file.putInt(fat + 4 * s, s == directorySectors ? -2 : s + 1);
    }
    List<String> names = new java.util.ArrayList<>();
    names.add("Root Entry");
    names.addAll(streams);
    for (int e = 0; e < names.size(); e++) {
      int offset = 512 * 2 + 128 * e;
      byte[] name = (names.get(e) + "\0").getBytes(StandardCharsets.UTF_16LE);
      file.put(offset, Arrays.copyOf(name, Math.min(64, name.length)));
      file.putShort(offset + 64, (short) name.length);
      file.put(offset + 66, (byte) (e == 0 ? 5 : 2));
    }
    return file.array();
  }
}
