package cn.finegov.planning.application.workbook;

import cn.finegov.kernel.api.export.XlsxRows;
import cn.finegov.planning.application.TaskDraft;
import cn.finegov.planning.domain.model.task.GovernanceTask;
import cn.finegov.planning.domain.model.task.TaskPriority;
import cn.finegov.planning.domain.model.task.TaskSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks an uploaded task list, row by row, without storing anything: every cell in error
 * is reported with its row number, column letter and reason, all at once. A row is good when its
 * title, lead unit (active, within the plan's unit) and deadline (a date, not past) are there and
 * every other cell it fills is valid. Titles repeated in the file are refused.
 */
public final class TaskRows {

  /** Largest workbook accepted, in bytes. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** Most task rows of one workbook. */
  public static final int MAX_ROWS = 2_000;

  /** Most errors reported for one workbook (the rest are left out). */
  public static final int MAX_ERRORS = 500;

  /**
   * Where the rows go.
   *
   * @param planUnitPath the tree path of the plan's unit: lead units must lie within it
   * @param today the date deadlines may not precede
   * @param activeUnitPath the tree path of the active unit with a code, if any
   */
  public record Context(
      String planUnitPath, LocalDate today, Function<String, Optional<String>> activeUnitPath) {}

  /** A good row: its number in the sheet and the draft it makes. */
  public record Row(int number, TaskDraft draft) {}

  /**
   * The outcome of a check.
   *
   * @param total how many task rows the file has
   * @param rows the good rows, in sheet order
   * @param errors every cell in error (capped at {@link #MAX_ERRORS})
   */
  public record Checked(int total, List<Row> rows, List<RowError> errors) {
    public boolean valid() {
      return errors.isEmpty() && total > 0;
    }
  }

  private static final Pattern DATE =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

  private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.0+)?");

  /** Excel's day 0 (its 1900 date system, leap-year bug included). */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private static final Map<String, TaskSource> SOURCE_LABELS = new HashMap<>();
  private static final Map<String, TaskPriority> PRIORITY_LABELS = new HashMap<>();

  static {
    Map<TaskSource, String[]> sources = new EnumMap<>(TaskSource.class);
    sources.put(TaskSource.HOTLINE_12345, new String[] {"12345热线", "12345", "12345 hotline"});
    sources.put(TaskSource.GOVERNMENT_PORTAL, new String[] {"政府门户网站", "Government portal"});
    sources.put(TaskSource.MOBILE_APP, new String[] {"移动端", "Mobile app"});
    sources.put(TaskSource.MEDIA, new String[] {"媒体", "Media"});
    sources.put(
        TaskSource.DEPUTY_LIAISON_STATION, new String[] {"人大代表联络站", "Deputies' liaison station"});
    sources.put(TaskSource.CPPCC_STUDIO, new String[] {"政协委员工作室", "CPPCC members' studio"});
    sources.put(TaskSource.OTHER, new String[] {"其他", "Other"});
    sources.forEach(
        (source, labels) -> {
          SOURCE_LABELS.put(source.name().toLowerCase(Locale.ROOT), source);
          for (String label : labels) {
            SOURCE_LABELS.put(label.toLowerCase(Locale.ROOT), source);
          }
        });
    String[][] priorities = {{"高", "High"}, {"中", "Normal"}, {"低", "Low"}};
    for (TaskPriority priority : TaskPriority.values()) {
      PRIORITY_LABELS.put(priority.name().toLowerCase(Locale.ROOT), priority);
      for (String label : priorities[priority.ordinal()]) {
        PRIORITY_LABELS.put(label.toLowerCase(Locale.ROOT), priority);
      }
    }
  }

  private TaskRows() {}

  /** Reads an .xlsx workbook (first sheet, header in row 1) and checks its rows. */
  public static Checked check(byte[] workbook, Context context) {
    if (workbook == null || workbook.length == 0) {
      return fileError("planning.workbook.empty");
    }
    if (workbook.length > MAX_BYTES) {
      return fileError("planning.workbook.too-large", MAX_BYTES / 1024 / 1024);
    }
    List<XlsxRows.Row> rows;
    try {
      rows = XlsxRows.read(workbook);
    } catch (IOException e) {
      return fileError("planning.workbook.unreadable");
    }
    return check(rows, context);
  }

  /** Checks rows read from a sheet; the first is the header. */
  public static Checked check(List<XlsxRows.Row> rows, Context context) {
    if (rows.isEmpty()) {
      return fileError("planning.workbook.empty");
    }
    XlsxRows.Row header = rows.get(0);
    Map<TaskColumn, Integer> columns = new EnumMap<>(TaskColumn.class);
    header
        .cells()
        .forEach((index, text) -> TaskColumn.ofHeader(text).ifPresent(c -> columns.put(c, index)));
    List<String> missing = new ArrayList<>();
    for (TaskColumn column : TaskColumn.values()) {
      if (column.required() && !columns.containsKey(column)) {
        missing.add(column.title(Locale.SIMPLIFIED_CHINESE) + "/" + column.title(Locale.ENGLISH));
      }
    }
    if (!missing.isEmpty()) {
      return new Checked(
          0,
          List.of(),
          List.of(
              RowError.of(
                  header.number(),
                  null,
                  "header",
                  "planning.workbook.header",
                  String.join("、", missing))));
    }
    List<XlsxRows.Row> body = rows.subList(1, rows.size());
    if (body.isEmpty()) {
      return fileError("planning.workbook.no-rows");
    }
    if (body.size() > MAX_ROWS) {
      return fileError("planning.workbook.too-many", MAX_ROWS);
    }
    List<Row> good = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    Map<String, Integer> titles = new LinkedHashMap<>();
    for (XlsxRows.Row row : body) {
      List<RowError> own = new ArrayList<>();
      TaskDraft draft = draft(row, columns, context, own);
      String title = draft.title();
      if (title != null) {
        Integer first = titles.putIfAbsent(title, row.number());
        if (first != null) {
          own.add(
              error(row, columns, TaskColumn.TITLE, "planning.workbook.duplicate-title", first));
        }
      }
      if (own.isEmpty()) {
        good.add(new Row(row.number(), draft));
      } else {
        errors.addAll(own);
      }
      if (errors.size() >= MAX_ERRORS) {
        errors = errors.subList(0, MAX_ERRORS);
        break;
      }
    }
    return new Checked(body.size(), good, List.copyOf(errors));
  }

  private static TaskDraft draft(
      XlsxRows.Row row, Map<TaskColumn, Integer> columns, Context context, List<RowError> errors) {
    String title = cell(row, columns, TaskColumn.TITLE);
    if (title == null) {
      errors.add(error(row, columns, TaskColumn.TITLE, "planning.workbook.required"));
    } else if (title.length() > GovernanceTask.MAX_TITLE) {
      errors.add(
          error(
              row,
              columns,
              TaskColumn.TITLE,
              "planning.workbook.too-long",
              GovernanceTask.MAX_TITLE));
    }
    for (TaskColumn text : List.of(TaskColumn.PROBLEM, TaskColumn.TARGET, TaskColumn.MEASURES)) {
      String value = cell(row, columns, text);
      if (value != null && value.length() > GovernanceTask.MAX_TEXT) {
        errors.add(
            error(row, columns, text, "planning.workbook.too-long", GovernanceTask.MAX_TEXT));
      }
    }
    String lead = cell(row, columns, TaskColumn.LEAD_UNIT);
    if (lead == null) {
      errors.add(error(row, columns, TaskColumn.LEAD_UNIT, "planning.workbook.required"));
    } else {
      Optional<String> path = context.activeUnitPath().apply(lead);
      if (path.isEmpty()) {
        errors.add(
            error(row, columns, TaskColumn.LEAD_UNIT, "planning.workbook.unit-unknown", lead));
      } else if (!path.get().startsWith(context.planUnitPath())) {
        errors.add(
            error(row, columns, TaskColumn.LEAD_UNIT, "planning.workbook.lead-outside", lead));
      }
    }
    List<String> cooperating = new ArrayList<>();
    String codes = cell(row, columns, TaskColumn.COOPERATING_UNITS);
    if (codes != null) {
      for (String code : codes.split("[,，、;；\\s]+")) {
        if (code.isBlank()) {
          continue;
        }
        if (context.activeUnitPath().apply(code).isEmpty()) {
          errors.add(
              error(
                  row,
                  columns,
                  TaskColumn.COOPERATING_UNITS,
                  "planning.workbook.unit-unknown",
                  code));
        } else {
          cooperating.add(code);
        }
      }
    }
    LocalDate deadline = null;
    String date = cell(row, columns, TaskColumn.DEADLINE);
    if (date == null) {
      errors.add(error(row, columns, TaskColumn.DEADLINE, "planning.workbook.required"));
    } else {
      deadline = date(date).orElse(null);
      if (deadline == null) {
        errors.add(error(row, columns, TaskColumn.DEADLINE, "planning.workbook.date", date));
      } else if (deadline.isBefore(context.today())) {
        errors.add(
            error(row, columns, TaskColumn.DEADLINE, "planning.workbook.deadline-past", deadline));
      }
    }
    TaskSource source = null;
    String sourceText = cell(row, columns, TaskColumn.SOURCE);
    if (sourceText != null) {
      source = SOURCE_LABELS.get(sourceText.toLowerCase(Locale.ROOT));
      if (source == null) {
        errors.add(
            error(
                row,
                columns,
                TaskColumn.SOURCE,
                "planning.workbook.choice",
                sourceText,
                "12345热线、政府门户网站、移动端、媒体、人大代表联络站、政协委员工作室、其他"));
      }
    }
    TaskPriority priority = null;
    String priorityText = cell(row, columns, TaskColumn.PRIORITY);
    if (priorityText != null) {
      priority = PRIORITY_LABELS.get(priorityText.toLowerCase(Locale.ROOT));
      if (priority == null) {
        errors.add(
            error(
                row,
                columns,
                TaskColumn.PRIORITY,
                "planning.workbook.choice",
                priorityText,
                "高、中、低"));
      }
    }
    Boolean livelihood = null;
    String flag = cell(row, columns, TaskColumn.LIVELIHOOD);
    if (flag != null) {
      livelihood = flag(flag);
      if (livelihood == null) {
        errors.add(error(row, columns, TaskColumn.LIVELIHOOD, "planning.workbook.flag", flag));
      }
    }
    Integer weight = null;
    String weightText = cell(row, columns, TaskColumn.WEIGHT);
    if (weightText != null) {
      weight = weight(weightText);
      if (weight == null) {
        errors.add(
            error(
                row,
                columns,
                TaskColumn.WEIGHT,
                "planning.workbook.weight",
                weightText,
                GovernanceTask.MAX_WEIGHT));
      }
    }
    return new TaskDraft(
        title,
        cell(row, columns, TaskColumn.PROBLEM),
        cell(row, columns, TaskColumn.TARGET),
        cell(row, columns, TaskColumn.MEASURES),
        deadline,
        source == null ? null : source.name(),
        priority == null ? null : priority.name(),
        livelihood,
        weight,
        lead,
        cooperating,
        null);
  }

  /**
   * A date as people type it ({@code 2026-12-31}, {@code 2026/12/31}, {@code 2026.12.31}, {@code
   * 2026年12月31日}) or as Excel stores it (days since 1899-12-30).
   */
  static Optional<LocalDate> date(String text) {
    String value = text.strip();
    Matcher matcher = DATE.matcher(value);
    try {
      if (matcher.matches()) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3))));
      }
      if (SERIAL.matcher(value).matches()) {
        return Optional.of(EXCEL_EPOCH.plusDays(new BigDecimal(value).longValueExact()));
      }
    } catch (DateTimeException | ArithmeticException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** 是/否, yes/no, true/false, 1/0, Y/N; {@code null} when it is none of them. */
  static Boolean flag(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "是", "yes", "y", "true", "1", "√" -> Boolean.TRUE;
      case "否", "no", "n", "false", "0" -> Boolean.FALSE;
      default -> null;
    };
  }

  /** An integer 1..100 (an Excel number such as {@code 3.0} counts); {@code null} otherwise. */
  static Integer weight(String text) {
    try {
      int value = new BigDecimal(text.strip()).intValueExact();
      return value >= 1 && value <= GovernanceTask.MAX_WEIGHT ? value : null;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  private static String cell(XlsxRows.Row row, Map<TaskColumn, Integer> columns, TaskColumn c) {
    Integer index = columns.get(c);
    return index == null ? null : row.cell(index);
  }

  private static RowError error(
      XlsxRows.Row row,
      Map<TaskColumn, Integer> columns,
      TaskColumn column,
      String key,
      Object... arguments) {
    Integer index = columns.get(column);
    return RowError.of(
        row.number(),
        index == null ? null : TaskColumn.letter(index),
        column.field(),
        key,
        arguments);
  }

  private static Checked fileError(String key, Object... arguments) {
    return new Checked(0, List.of(), List.of(RowError.of(0, null, "file", key, arguments)));
  }
}
