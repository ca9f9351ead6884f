package cn.finegov.kernel.domain.model.calendar;

import cn.finegov.kernel.api.calendar.DayType;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.i18n.MessageKey;
import cn.finegov.kernel.api.text.Texts;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A year's arrangement as a file (see {@code config/calendars/README.md}): UTF-8 text (a byte-order
 * mark is allowed), lines starting with {@code #} and blank lines ignored, a header {@code
 * date,type,name,name_en} ({@code name_en} may be left out), then one line per day that differs
 * from an ordinary week: the date ({@code yyyy-MM-dd}), the type ({@code HOLIDAY}, {@code
 * ADJUSTED_WORKDAY}, {@code WORKDAY}, {@code WEEKEND} or the Chinese words 节假日, 调休上班, 工作日, 周末), the
 * Chinese name (required for holidays) and the English name. Fields may be quoted.
 *
 * <p>Every error is reported with its line number (field {@code line <n>}), all at once.
 *
 * @param year the year of every date in the file
 * @param rows the days, in file order
 */
public record CalendarFile(int year, List<Row> rows) {

  /** Largest file accepted. */
  public static final int MAX_BYTES = 256 * 1024;

  /** Longest holiday name. */
  public static final int MAX_NAME = 60;

  /** Errors reported at most; the rest of the file is not checked further. */
  static final int MAX_ERRORS = 100;

  private static final Map<String, DayType> TYPE_WORDS = new HashMap<>();

  static {
    for (DayType type : DayType.values()) {
      TYPE_WORDS.put(type.name(), type);
    }
    TYPE_WORDS.put("节假日", DayType.HOLIDAY);
    TYPE_WORDS.put("放假", DayType.HOLIDAY);
    TYPE_WORDS.put("调休上班", DayType.ADJUSTED_WORKDAY);
    TYPE_WORDS.put("补班", DayType.ADJUSTED_WORKDAY);
    TYPE_WORDS.put("工作日", DayType.WORKDAY);
    TYPE_WORDS.put("上班", DayType.WORKDAY);
    TYPE_WORDS.put("周末", DayType.WEEKEND);
    TYPE_WORDS.put("休息日", DayType.WEEKEND);
  }

  /**
   * One day of the file.
   *
   * @param line its line number (1 = first line of the file)
   * @param date the date
   * @param type its type
   * @param name Chinese name or {@code null}
   * @param nameEn English name or {@code null}
   */
  public record Row(int line, LocalDate date, DayType type, String name, String nameEn) {

    public DayEntry entry() {
      return new DayEntry(date, type, name, nameEn);
    }
  }

  public CalendarFile {
    rows = List.copyOf(rows);
  }

  /**
   * Reads a file.
   *
   * @param expectedYear the year every date must lie in, or {@code null} to take the year of the
   *     first date
   * @throws ValidationException with one error per bad line (field {@code line <n>}), or on field
   *     {@code file} when the file as a whole is unusable
   */
  public static CalendarFile parse(byte[] content, Integer expectedYear) {
    if (content == null || content.length == 0) {
      throw ValidationException.of("file", "calendar.file.empty");
    }
    if (content.length > MAX_BYTES) {
      throw ValidationException.of("file", "calendar.file.too-large", MAX_BYTES / 1024 + "");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      throw ValidationException.of("file", "calendar.file.encoding");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<FieldError> errors = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Map<LocalDate, Integer> seen = new HashMap<>();
    Integer year = expectedYear;
    boolean header = false;
    for (int i = 0; i < lines.length && errors.size() < MAX_ERRORS; i++) {
      int number = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = split(line);
      if (!header) {
        if (!isHeader(fields)) {
          errors.add(error(number, "calendar.file.header", line));
          break;
        }
        header = true;
        continue;
      }
      if (fields.size() < 2 || fields.size() > 4) {
        errors.add(error(number, "calendar.file.columns", String.valueOf(fields.size())));
        continue;
      }
      LocalDate date;
      try {
        date = LocalDate.parse(fields.get(0));
      } catch (DateTimeParseException e) {
        errors.add(error(number, "calendar.file.date", fields.get(0)));
        continue;
      }
      DayType type = TYPE_WORDS.get(fields.get(1).toUpperCase(Locale.ROOT));
      String name = fields.size() > 2 ? Texts.strippedOrNull(fields.get(2)) : null;
      String nameEn = fields.size() > 3 ? Texts.strippedOrNull(fields.get(3)) : null;
      int before = errors.size();
      if (year == null) {
        year = date.getYear();
      } else if (date.getYear() != year) {
        errors.add(error(number, "calendar.file.year", date.toString(), year.toString()));
      }
      if (type == null) {
        errors.add(error(number, "calendar.file.type", fields.get(1)));
      } else {
        checkDay(date, type, name, nameEn, "line " + number).forEach(errors::add);
      }
      Integer earlier = seen.putIfAbsent(date, number);
      if (earlier != null) {
        errors.add(error(number, "calendar.file.duplicate", date.toString(), earlier.toString()));
      }
      if (errors.size() == before) {
        rows.add(new Row(number, date, type, name, nameEn));
      }
    }
    if (errors.isEmpty() && !header) {
      errors.add(new FieldError("file", "calendar.file.no-header"));
    }
    if (errors.isEmpty() && rows.isEmpty()) {
      errors.add(new FieldError("file", "calendar.file.empty"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new CalendarFile(year, rows);
  }

  /**
   * What is wrong with a day as somebody wants it: a type the weekday does not allow, a holiday
   * without name, names too long. Shared by files and edits on screen.
   */
  public static List<FieldError> checkDay(
      LocalDate date, DayType type, String name, String nameEn, String field) {
    List<FieldError> errors = new ArrayList<>();
    if (!type.allowedOn(date)) {
      errors.add(
          new FieldError(
              field,
              "calendar.day.type-weekday",
              date.toString(),
              new MessageKey("calendar.weekday." + date.getDayOfWeek().getValue()),
              new MessageKey(type.labelKey())));
    }
    if (type == DayType.HOLIDAY && (name == null || name.isBlank())) {
      errors.add(new FieldError(field, "calendar.day.name-required", date.toString()));
    }
    if ((name != null && name.length() > MAX_NAME)
        || (nameEn != null && nameEn.length() > MAX_NAME)) {
      errors.add(new FieldError(field, "validation.too-long", MAX_NAME));
    }
    return errors;
  }

  private static boolean isHeader(List<String> fields) {
    if (fields.size() < 3 || fields.size() > 4) {
      return false;
    }
    List<String> names = fields.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
    return names.get(0).equals("date")
        && names.get(1).equals("type")
        && names.get(2).equals("name")
        && (names.size() == 3 || names.get(3).equals("name_en"));
  }

  private static FieldError error(int line, String key, Object... arguments) {
    return new FieldError("line " + line, key, arguments);
  }

  /** Splits a line at commas; a field in double quotes may hold commas and doubled quotes. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        field.setLength(0);
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString().strip());
    return fields;
  }
}
