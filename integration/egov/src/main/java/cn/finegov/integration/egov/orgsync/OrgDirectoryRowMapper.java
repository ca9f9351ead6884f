package cn.finegov.integration.egov.orgsync;

import cn.finegov.kernel.api.org.ExternalUnit;
import cn.finegov.kernel.api.org.UnitType;

/**
 * Maps a row in the platform's words to the suite's {@link ExternalUnit}, or says why it cannot.
 */
public final class OrgDirectoryRowMapper {

  private final OrgDirectoryFormat format;

  public OrgDirectoryRowMapper(OrgDirectoryFormat format) {
    this.format = format;
  }

  /**
   * @throws RowRejectedException naming the column and the value at fault
   */
  public ExternalUnit map(OrgDirectoryBatch.Row row) {
    String code = required(row, format.codeColumn());
    String name = required(row, format.nameColumn());
    String typeWord = required(row, format.typeColumn());
    UnitType type = format.types().get(typeWord);
    if (type == null) {
      throw new RowRejectedException(
          "orgsync.row.type-unknown",
          typeWord,
          format.typeColumn(),
          String.join("、", format.types().keySet()));
    }
    return new ExternalUnit(
        code,
        name,
        row.get(format.shortNameColumn()),
        type,
        row.get(format.parentColumn()),
        sortOrder(row),
        active(row));
  }

  private Integer sortOrder(OrgDirectoryBatch.Row row) {
    String text = row.get(format.orderColumn());
    if (text == null) {
      return null;
    }
    try {
      int order = Integer.parseInt(text);
      if (order < 0) {
        throw new NumberFormatException();
      }
      return order;
    } catch (NumberFormatException e) {
      throw new RowRejectedException("orgsync.row.order-invalid", text, format.orderColumn());
    }
  }

  private boolean active(OrgDirectoryBatch.Row row) {
    String status = row.get(format.statusColumn());
    if (status == null || format.activeValues().contains(status)) {
      return true;
    }
    if (format.inactiveValues().contains(status)) {
      return false;
    }
    throw new RowRejectedException(
        "orgsync.row.status-unknown",
        status,
        format.statusColumn(),
        String.join("、", format.activeValues()),
        String.join("、", format.inactiveValues()));
  }

  private static String required(OrgDirectoryBatch.Row row, String column) {
    String value = row.get(column);
    if (value == null) {
      throw new RowRejectedException("orgsync.row.missing", column);
    }
    return value;
  }
}
