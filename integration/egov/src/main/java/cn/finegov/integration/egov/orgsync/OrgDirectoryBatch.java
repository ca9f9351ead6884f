package cn.finegov.integration.egov.orgsync;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One directory file as read: its rows with the platform's own column names.
 *
 * @param fileName the file's name
 * @param messageId SHA-256 of the file's bytes (hex), the platform message's identity
 * @param charset the charset it was read with
 * @param rows the data rows in file order
 */
public record OrgDirectoryBatch(String fileName, String messageId, String charset, List<Row> rows) {

  public OrgDirectoryBatch {
    Objects.requireNonNull(messageId, "messageId");
    rows = List.copyOf(rows);
  }

  /**
   * A data row.
   *
   * @param number its line in the file (the header is line 1)
   * @param fields values by the platform's column names
   */
  public record Row(int number, Map<String, String> fields) {

    public Row {
      fields = Map.copyOf(fields);
    }

    public String get(String column) {
      String value = fields.get(column);
      return value == null || value.isBlank() ? null : value.strip();
    }
  }

  /** The same file reduced to one row, for the dead letter of that row. */
  public OrgDirectoryBatch only(Row row) {
    return new OrgDirectoryBatch(fileName, messageId, charset, List.of(row));
  }
}
