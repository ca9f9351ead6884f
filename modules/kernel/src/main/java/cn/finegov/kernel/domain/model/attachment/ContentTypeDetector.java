package cn.finegov.kernel.domain.model.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Tells the type of a file from its bytes, never from its name: the signatures of the image
 * formats, PDF, the Office formats (an OOXML document is a zip whose {@code [Content_Types].xml}
 * declares the document's main part, and that part is present; a legacy Word or Excel file is an
 * OLE2 compound file with a {@code WordDocument} or {@code Workbook} stream), and UTF-8 text. It
 * also names the common types it refuses to treat as documents: executables, archives, HTML and SVG
 * (which carry scripts), text in other encodings ({@link ContentTypes#UNKNOWN}).
 *
 * <p>Reads the file from disk with bounded memory: the first 8 KiB, the zip directory and at most 1
 * MiB of {@code [Content_Types].xml}, the compound file's directory sectors, and the whole file
 * once (streamed) only to check that text is valid UTF-8.
 */
public final class ContentTypeDetector {

  static final int HEAD_BYTES = 8192;
  private static final int MAX_CONTENT_TYPES_BYTES = 1 << 20;
  private static final int MAX_DIRECTORY_SECTORS = 10_000;
  private static final byte[] OLE_SIGNATURE = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final Pattern OVERRIDE =
      Pattern.compile("<(?:\\w+:)?Override\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE =
      Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

  /** OOXML main-part content types and the document types they make. */
  private static final List<Map.Entry<String, DetectedType>> OOXML_MAIN_PARTS =
      List.of(
          Map.entry(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
              new DetectedType(ContentTypes.DOCX, "docx")),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
              new DetectedType(ContentTypes.XLSX, "xlsx")),
          Map.entry(
              "application/vnd.ms-word.document.macroenabled.main+xml",
              new DetectedType(ContentTypes.DOCM, "docm")),
          Map.entry(
              "application/vnd.ms-excel.sheet.macroenabled.main+xml",
              new DetectedType(ContentTypes.XLSM, "xlsm")),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
              new DetectedType(ContentTypes.PPTX, "pptx")));

  /** The type of the file's content. */
  public DetectedType detect(Path file) throws IOException {
    long size = Files.size(file);
    if (size == 0) {
      return type(ContentTypes.EMPTY, "");
    }
    byte[] head = readHead(file);
    if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
      return type(ContentTypes.JPEG, "jpg");
    }
    if (startsWith(head, PNG_SIGNATURE)) {
      return type(ContentTypes.PNG, "png");
    }
    if (startsWithText(head, 0, "GIF87a") || startsWithText(head, 0, "GIF89a")) {
      return type(ContentTypes.GIF, "gif");
    }
    if (head.length >= 12 && startsWithText(head, 0, "RIFF") && startsWithText(head, 8, "WEBP")) {
      return type(ContentTypes.WEBP, "webp");
    }
    if (isPdf(head)) {
      return type(ContentTypes.PDF, "pdf");
    }
    if (startsWith(head, OLE_SIGNATURE)) {
      return compoundFile(file);
    }
    if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
      return zip(file);
    }
    if (startsWith(head, 'M', 'Z')) {
      return type(ContentTypes.WINDOWS_EXECUTABLE, "exe");
    }
    if (startsWith(head, 0x7F, 'E', 'L', 'F')) {
      return type(ContentTypes.ELF_EXECUTABLE, "");
    }
    if (startsWith(head, 0xCA, 0xFE, 0xBA, 0xBE)) {
      return type(ContentTypes.JAVA_CLASS, "class");
    }
    if (startsWithText(head, 0, "Rar!\u001A\u0007")) {
      return type(ContentTypes.RAR, "rar");
    }
    if (startsWith(head, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
      return type(ContentTypes.SEVEN_ZIP, "7z");
    }
    if (startsWith(head, 0x1F, 0x8B)) {
      return type(ContentTypes.GZIP, "gz");
    }
    if (startsWith(head, 'I', 'I', '*', 0) || startsWith(head, 'M', 'M', 0, '*')) {
      return type(ContentTypes.TIFF, "tif");
    }
    if (head.length >= 6 && startsWith(head, 'B', 'M') && littleEndianInt(head, 2) == size) {
      return type(ContentTypes.BMP, "bmp");
    }
    if (isUtf8Text(file)) {
      return markupOrText(new String(head, StandardCharsets.UTF_8));
    }
    return type(ContentTypes.UNKNOWN, "");
  }

  private static DetectedType type(String mime, String extension) {
    return new DetectedType(mime, extension);
  }

  private static byte[] readHead(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD_BYTES);
    }
  }

  /** PDF readers accept the header anywhere in the first 1024 bytes. */
  private static boolean isPdf(byte[] head) {
    int limit = Math.min(head.length, 1024) - 5;
    for (int i = 0; i <= limit; i++) {
      if (startsWithText(head, i, "%PDF-")) {
        return true;
      }
    }
    return false;
  }

  private static DetectedType markupOrText(String head) {
    String start = head.replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
    if (start.startsWith("<!doctype html")
        || start.startsWith("<html")
        || start.contains("<script")
        || start.contains("<iframe")) {
      return type(ContentTypes.HTML, "html");
    }
    if ((start.startsWith("<?xml") || start.startsWith("<svg") || start.startsWith("<!doctype svg"))
        && start.contains("<svg")) {
      return type(ContentTypes.SVG, "svg");
    }
    return type(ContentTypes.TEXT, "txt");
  }

  /**
   * Whether the whole file is UTF-8 (a byte order mark allowed) without control characters other
   * than tab, line feed, form feed and carriage return.
   */
  static boolean isUtf8Text(Path file) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    char[] buffer = new char[8192];
    try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), decoder)) {
      int read;
      while ((read = reader.read(buffer)) >= 0) {
        for (int i = 0; i < read; i++) {
          if (!isTextCharacter(buffer[i])) {
            return false;
          }
        }
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean isTextCharacter(char c) {
    if (c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      return true;
    }
    if (c < 0x20 || c == 0x7F) {
      return false;
    }
    return c < 0x80 || c > 0x9F;
  }

  /** A zip: an OOXML document when its declared main part is present, else a plain archive. */
  private static DetectedType zip(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry declaration = zip.getEntry("[Content_Types].xml");
      if (declaration == null) {
        return type(ContentTypes.ZIP, "zip");
      }
      String xml;
      try (InputStream in = zip.getInputStream(declaration)) {
        xml = new String(in.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8);
      }
      Map<String, String> parts = overrides(xml);
      for (Map.Entry<String, DetectedType> main : OOXML_MAIN_PARTS) {
        for (Map.Entry<String, String> part : parts.entrySet()) {
          if (part.getValue().equals(main.getKey()) && zip.getEntry(part.getKey()) != null) {
            return main.getValue();
          }
        }
      }
      return type(ContentTypes.ZIP, "zip");
    } catch (IOException | RuntimeException e) {
      // A damaged archive is still an archive, and still not a document.
      return type(ContentTypes.ZIP, "zip");
    }
  }

  /** Part names (without the leading slash) and their lower-cased content types. */
  private static Map<String, String> overrides(String xml) {
    Map<String, String> parts = new HashMap<>();
    Matcher override = OVERRIDE.matcher(xml);
    while (override.find()) {
      String partName = null;
      String contentType = null;
      Matcher attribute = ATTRIBUTE.matcher(override.group(1));
      while (attribute.find()) {
        String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
        if (attribute.group(1).equalsIgnoreCase("PartName")) {
          partName = value.startsWith("/") ? value.substring(1) : value;
        } else if (attribute.group(1).equalsIgnoreCase("ContentType")) {
          contentType = value.strip().toLowerCase(Locale.ROOT);
        }
      }
      if (partName != null && contentType != null) {
        parts.put(partName, contentType);
      }
    }
    return parts;
  }

  /**
   * An OLE2 compound file: a legacy Word document when its directory holds a {@code WordDocument}
   * stream, a legacy Excel workbook with {@code Workbook} (or {@code Book}, Excel 5), else another
   * compound file (PowerPoint, Outlook message, an installer...).
   */
  private static DetectedType compoundFile(Path file) {
    Set<String> names;
    try {
      names = compoundFileEntryNames(file);
    } catch (IOException | RuntimeException e) {
      names = Set.of();
    }
    if (names.contains("WordDocument")) {
      return type(ContentTypes.DOC, "doc");
    }
    if (names.contains("Workbook") || names.contains("Book")) {
      return type(ContentTypes.XLS, "xls");
    }
    return type(ContentTypes.OLE_OTHER, "");
  }

  /**
   * The names of the entries in a compound file's directory (MS-CFB): the directory is a chain of
   * sectors starting at the sector named in the header, linked through the FAT, whose sectors the
   * header lists (the first 109) and the DIFAT sectors list (the rest).
   */
  static Set<String> compoundFileEntryNames(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer header = read(channel, 0, 512);
      int sectorShift = header.getShort(30) & 0xFFFF;
      if (sectorShift != 9 && sectorShift != 12) {
        return Set.of();
      }
      int sectorSize = 1 << sectorShift;
      int fatSectorCount = header.getInt(44);
      int firstDirectorySector = header.getInt(48);
      int[] fatSectors = fatSectors(channel, header, sectorSize, fatSectorCount);
      Set<String> names = new HashSet<>();
      int sector = firstDirectorySector;
      for (int visited = 0; sector >= 0 && visited < MAX_DIRECTORY_SECTORS; visited++) {
        ByteBuffer directory = read(channel, (sector + 1L) * sectorSize, sectorSize);
        for (int entry = 0; entry + 128 <= directory.limit(); entry += 128) {
          int nameBytes = directory.getShort(entry + 64) & 0xFFFF;
          if (nameBytes >= 2 && nameBytes <= 64) {
            byte[] name = new byte[nameBytes - 2];
            directory.get(entry, name);
            names.add(new String(name, StandardCharsets.UTF_16LE));
          }
        }
        sector = nextSector(channel, fatSectors, sectorSize, sector);
      }
      return names;
    }
  }

  private static int[] fatSectors(
      FileChannel channel, ByteBuffer header, int sectorSize, int fatSectorCount)
      throws IOException {
    if (fatSectorCount <= 0 || fatSectorCount > 1 << 22) {
      return new int[0];
    }
    int[] fat = new int[fatSectorCount];
    int known = 0;
    for (int i = 0; i < 109 && known < fatSectorCount; i++) {
      fat[known++] = header.getInt(76 + 4 * i);
    }
    int difatSector = header.getInt(68);
    int perDifatSector = sectorSize / 4 - 1;
    for (int guard = 0; difatSector >= 0 && known < fatSectorCount && guard < 100_000; guard++) {
      ByteBuffer difat = read(channel, (difatSector + 1L) * sectorSize, sectorSize);
      for (int i = 0; i < perDifatSector && known < fatSectorCount; i++) {
        fat[known++] = difat.getInt(4 * i);
      }
      difatSector = difat.getInt(4 * perDifatSector);
    }
    return fat;
  }

  private static int nextSector(FileChannel channel, int[] fatSectors, int sectorSize, int sector)
      throws IOException {
    int perFatSector = sectorSize / 4;
    int index = sector / perFatSector;
    if (index >= fatSectors.length || fatSectors[index] < 0) {
      return -2;
    }
    long position = (fatSectors[index] + 1L) * sectorSize + 4L * (sector % perFatSector);
    return read(channel, position, 4).getInt(0);
  }

  private static ByteBuffer read(FileChannel channel, long position, int length)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, position + buffer.position());
      if (read < 0) {
        throw new IOException("compound file ends early");
      }
    }
    return buffer.flip();
  }

  private static boolean startsWith(byte[] data, int... signature) {
    if (data.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((data[i] & 0xFF) != (signature[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] data, byte[] signature) {
    if (data.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (data[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithText(byte[] data, int offset, String ascii) {
    if (data.length < offset + ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if ((data[offset + i] & 0xFF) != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static long littleEndianInt(byte[] data, int offset) {
    return (data[offset] & 0xFFL)
        | (data[offset + 1] & 0xFFL) << 8
        | (data[offset + 2] & 0xFFL) << 16
        | (data[offset + 3] & 0xFFL) << 24;
  }
}
