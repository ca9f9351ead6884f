package cn.finegov.planning.application.workbook;

import java.util.List;

/**
 * The dry run of an uploaded task list: nothing was stored.
 *
 * @param planId the plan the rows would join
 * @param rows how many task rows the file has
 * @param validRows how many of them are good
 * @param errors every cell in error, in the reader's language
 */
public record WorkbookCheck(long planId, int rows, int validRows, List<Problem> errors) {

  /** Whether applying the file would store every row. */
  public boolean valid() {
    return errors.isEmpty() && rows > 0;
  }

  /**
   * One cell in error.
   *
   * @param row the 1-based row in the sheet (the header is row 1), 0 for the whole file
   * @param column the column letter, or {@code null}
   * @param field the field of the column, {@code header} or {@code file}
   * @param columnTitle the column's name in the reader's language, or {@code null}
   * @param message the reason in the reader's language
   * @param messageKey the reason's bundle key
   */
  public record Problem(
      int row,
      String column,
      String field,
      String columnTitle,
      String message,
      String messageKey) {}
}
