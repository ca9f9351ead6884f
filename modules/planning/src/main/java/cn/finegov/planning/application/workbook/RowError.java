package cn.finegov.planning.application.workbook;

import java.util.List;

/**
 * What is wrong with one cell of an uploaded task list (or with the file, row 0).
 *
 * @param row the 1-based row number in the sheet (the header is row 1), 0 for the whole file
 * @param column the spreadsheet letter of the column, or {@code null} for the whole row or file
 * @param field the field of the column ({@code title}, {@code deadline}, ...), or {@code row} /
 *     {@code file}
 * @param messageKey the reason's key in the module's bundle
 * @param arguments the reason's arguments, as texts
 */
public record RowError(
    int row, String column, String field, String messageKey, List<String> arguments) {

  public RowError {
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
  }

  static RowError of(int row, String column, String field, String key, Object... arguments) {
    return new RowError(
        row,
        column,
        field,
        key,
        java.util.Arrays.stream(arguments).map(a -> a == null ? "" : a.toString()).toList());
  }
}
