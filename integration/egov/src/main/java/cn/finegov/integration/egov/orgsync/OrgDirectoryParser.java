package cn.finegov.integration.egov.orgsync;

import cn.finegov.integration.runtime.api.TextDecoder;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a directory file: decodes it (UTF-8 or GBK), checks the header has the required columns,
 * and returns the rows with their line numbers. Blank lines are skipped. A row with fewer fields
 * than the header keeps what it has; the row mapping reports missing values.
 */
public final class OrgDirectoryParser {

  private final OrgDirectoryFormat format;

  public OrgDirectoryParser(OrgDirectoryFormat format) {
    this.format = format;
  }

  /** Parses the bytes of a file as received. */
  public OrgDirectoryBatch parse(byte[] bytes, String fileName) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, format.charset());
    return parse(decoded.text(), fileName, sha256(bytes), decoded.charset().name());
  }

  /**
   * Parses text already decoded (a replayed dead letter), with the identity of the original file.
   */
  public OrgDirectoryBatch parse(String text, String fileName, String messageId, String charset) {
    if (text == null || text.isBlank()) {
      throw new InvalidDirectoryFileException("orgsync.file.empty", fileName);
    }
    CSVFormat csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setAllowMissingColumnNames(true)
            .get();
    try (CSVParser parser = csv.parse(new StringReader(text))) {
      List<String> header = parser.getHeaderNames();
      TreeSet<String> missing = new TreeSet<>(format.requiredColumns());
      missing.removeAll(header);
      if (!missing.isEmpty()) {
        throw new InvalidDirectoryFileException(
            "orgsync.file.missing-columns",
            fileName,
            String.join("、", missing),
            String.join("、", header));
      }
      List<OrgDirectoryBatch.Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
          if (!header.get(i).isEmpty()) {
            fields.put(header.get(i), record.get(i));
          }
        }
        rows.add(new OrgDirectoryBatch.Row((int) parser.getCurrentLineNumber(), fields));
      }
      return new OrgDirectoryBatch(fileName, messageId, charset, rows);
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      // a malformed row (an unclosed quote) comes from the record iterator as UncheckedIOException
      throw new InvalidDirectoryFileException("orgsync.file.unreadable", fileName, e.getMessage());
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
