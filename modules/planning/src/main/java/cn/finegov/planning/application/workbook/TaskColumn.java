package cn.finegov.planning.application.workbook;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the task-list workbook, in template order: the field of a task draft, the Chinese
 * and the English header, the width in characters and whether a row must fill it. A header is
 * recognised in either language or by the field name, with or without the trailing asterisk the
 * template puts on required columns.
 */
public enum TaskColumn {
  TITLE("title", "任务名称", "Title", 30, true),
  PROBLEM("problem", "存在问题", "Problem", 30, false),
  TARGET("target", "工作目标", "Target", 30, false),
  MEASURES("measures", "主要措施", "Measures", 30, false),
  LEAD_UNIT("leadUnitCode", "牵头单位代码", "Lead unit code", 16, true),
  COOPERATING_UNITS("cooperatingUnitCodes", "配合单位代码", "Co-operating unit codes", 22, false),
  DEADLINE("deadline", "完成时限", "Deadline", 12, true),
  SOURCE("source", "任务来源", "Source", 14, false),
  PRIORITY("priority", "优先级", "Priority", 8, false),
  LIVELIHOOD("livelihood", "民生微实事", "Livelihood micro-project", 10, false),
  WEIGHT("weight", "权重", "Weight", 8, false);

  private final String field;
  private final String chinese;
  private final String english;
  private final int width;
  private final boolean required;

  TaskColumn(String field, String chinese, String english, int width, boolean required) {
    this.field = field;
    this.chinese = chinese;
    this.english = english;
    this.width = width;
    this.required = required;
  }

  public String field() {
    return field;
  }

  public int width() {
    return width;
  }

  public boolean required() {
    return required;
  }

  /** The header in a language; required columns end with an asterisk. */
  public String header(Locale locale) {
    return title(locale) + (required ? "*" : "");
  }

  /** The column's name in a language, without the asterisk. */
  public String title(Locale locale) {
    return "en".equals(locale.getLanguage()) ? english : chinese;
  }

  /** The column a header names, if any. */
  public static Optional<TaskColumn> ofHeader(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String text = header.strip();
    while (text.endsWith("*") || text.endsWith("＊")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    for (TaskColumn column : values()) {
      if (column.chinese.equals(text)
          || column.english.equalsIgnoreCase(text)
          || column.field.equalsIgnoreCase(text)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /** The spreadsheet letter of a 0-based column index: 0 → A, 26 → AA. */
  public static String letter(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }
}
