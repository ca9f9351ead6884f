package cn.finegov.kernel.api.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * How a deadline or a count of working days came about, so that a screen can show it: the days
 * skipped and the adjusted workdays counted, the regional calendar used, the years without an
 * official arrangement. {@link #text(Locale)} writes it in Chinese or English, e.g. "20 working
 * days from 2026-09-28 (due 2026-10-30): skips 10-01..10-07 National Day, counts adjusted workday
 * 10-10".
 *
 * @param kind what was computed
 * @param startDate the start (not counted for days) or the first day of a count
 * @param startTime the start time of working-time rules, else {@code null}
 * @param endDate the due date, or the last day of a count
 * @param endTime the due time of working-time rules, else {@code null}
 * @param amount days added, minutes added, or working days counted
 * @param region the regional calendar, {@code null} for the national one
 * @param officeHours the office hours used by working-time rules, else {@code null}
 * @param notes the remarkable days met, in date order
 * @param provisionalYears years reached without an official arrangement, ascending
 */
public record Explanation(
    Kind kind,
    LocalDate startDate,
    LocalTime startTime,
    LocalDate endDate,
    LocalTime endTime,
    long amount,
    String region,
    String officeHours,
    List<Note> notes,
    List<Integer> provisionalYears) {

  private static final String BUNDLE = "cn.finegov.kernel.calendar.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** What was computed. */
  public enum Kind {
    ADD_DAYS,
    ADD_HOURS,
    COUNT
  }

  /**
   * A remarkable stretch of days.
   *
   * @param type what kind
   * @param from first day
   * @param to last day (equal to {@code from} for single days)
   * @param name the holiday's or the adjusted workday's Chinese name, or {@code null}
   * @param nameEn its English name, or {@code null}
   */
  public record Note(Type type, LocalDate from, LocalDate to, String name, String nameEn) {

    /** Kinds of remarkable days. */
    public enum Type {
      /** Holidays skipped. */
      HOLIDAY_SKIPPED,
      /** A weekend day worked (调休上班), counted. */
      ADJUSTED_WORKDAY_COUNTED,
      /** A day the region works although the national calendar does not, counted. */
      REGIONAL_WORKDAY_COUNTED
    }

    public Note {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  public Explanation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(endDate, "endDate");
    notes = notes == null ? List.of() : List.copyOf(notes);
    provisionalYears = provisionalYears == null ? List.of() : List.copyOf(provisionalYears);
  }

  /** The explanation in Chinese (any locale but English) or English. */
  public String text(Locale locale) {
    boolean english = locale != null && "en".equals(locale.getLanguage());
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE,
            Explanation.class.getClassLoader(),
            NO_FALLBACK);
    String header =
        switch (kind) {
          case ADD_DAYS ->
              format(
                  bundle,
                  "calendar.explain.add-days",
                  startDate.toString(),
                  Long.toString(amount),
                  endDate.toString());
          case ADD_HOURS ->
              format(
                  bundle,
                  "calendar.explain.add-hours",
                  startDate + " " + TIME.format(startTime),
                  hours(amount),
                  endDate + " " + TIME.format(endTime),
                  officeHours);
          case COUNT ->
              format(
                  bundle,
                  "calendar.explain.count",
                  startDate.toString(),
                  endDate.toString(),
                  Long.toString(amount));
        };
    List<String> parts = new ArrayList<>();
    if (region != null) {
      parts.add(format(bundle, "calendar.explain.region", region));
    }
    for (Note note : notes) {
      parts.add(note(bundle, note, english));
    }
    if (!provisionalYears.isEmpty()) {
      parts.add(
          format(
              bundle,
              "calendar.explain.provisional",
              join(bundle, provisionalYears.stream().map(String::valueOf).toList())));
    }
    return parts.isEmpty()
        ? header
        : format(bundle, "calendar.explain.with-notes", header, join(bundle, parts));
  }

  /** Whether some year reached has no official arrangement. */
  public boolean provisional() {
    return !provisionalYears.isEmpty();
  }

  private String note(ResourceBundle bundle, Note note, boolean english) {
    String name =
        english && note.nameEn() != null && !note.nameEn().isBlank() ? note.nameEn() : note.name();
    boolean named = name != null && !name.isBlank();
    String when =
        note.from().equals(note.to())
            ? day(note.from())
            : format(bundle, "calendar.explain.range", day(note.from()), day(note.to()));
    return switch (note.type()) {
      case HOLIDAY_SKIPPED ->
          named
              ? format(bundle, "calendar.explain.holiday", when, name)
              : format(bundle, "calendar.explain.holiday.unnamed", when);
      case ADJUSTED_WORKDAY_COUNTED -> format(bundle, "calendar.explain.adjusted", when);
      case REGIONAL_WORKDAY_COUNTED -> format(bundle, "calendar.explain.regional-workday", when);
    };
  }

  /** A day within the start's year as {@code MM-dd}, others in full. */
  private String day(LocalDate date) {
    return date.getYear() == startDate.getYear() ? DAY.format(date) : date.toString();
  }

  private static String join(ResourceBundle bundle, List<String> parts) {
    String joined = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      joined = format(bundle, "calendar.explain.join", joined, parts.get(i));
    }
    return joined;
  }

  /** Minutes as hours: {@code 7}, {@code 1.5}, {@code 0.33}. */
  static String hours(long minutes) {
    if (minutes % 60 == 0) {
      return Long.toString(minutes / 60);
    }
    return BigDecimal.valueOf(minutes)
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static String format(ResourceBundle bundle, String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
  }
}
