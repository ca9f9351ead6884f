package cn.finegov.planning.domain.model.plan;

import cn.finegov.kernel.api.error.DomainException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date by which a level's plan for a year must be published, as a month and day relative to the
 * plan's year: {@code 01-31} is 31 January of the plan's year, {@code -1/12-31} 31 December of the
 * year before. {@code 02-29} is the last day of February in every year (28 February outside leap
 * years).
 *
 * @param yearOffset years added to the plan's year (-1 to 1)
 * @param monthDay the month and day
 */
public record StatutoryDueDate(int yearOffset, MonthDay monthDay) {

  private static final Pattern FORMAT = Pattern.compile("(?:([+-]?[01])/)?(\\d{2})-(\\d{2})");

  public StatutoryDueDate {
    Objects.requireNonNull(monthDay, "monthDay");
    if (yearOffset < -1 || yearOffset > 1) {
      throw new IllegalArgumentException("year offset outside -1..1: " + yearOffset);
    }
  }

  /**
   * Reads {@code [offset/]MM-DD}.
   *
   * @throws DomainException {@code INVALID} ({@code planning.due-date.invalid}) for anything else
   */
  public static StatutoryDueDate parse(String text) {
    Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
    if (!matcher.matches()) {
      throw invalid(text);
    }
    try {
      int offset = matcher.group(1) == null ? 0 : Integer.parseInt(matcher.group(1));
      MonthDay day =
          MonthDay.of(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
      return new StatutoryDueDate(offset, day);
    } catch (DateTimeException | IllegalArgumentException e) {
      throw invalid(text);
    }
  }

  private static DomainException invalid(String text) {
    return new DomainException(
        DomainException.Kind.INVALID, "planning.due-date.invalid", String.valueOf(text));
  }

  /** The due date of the plan for {@code planYear}. */
  public LocalDate dueFor(int planYear) {
    return monthDay.atYear(planYear + yearOffset);
  }

  @Override
  public String toString() {
    String day = String.format("%02d-%02d", monthDay.getMonthValue(), monthDay.getDayOfMonth());
    return yearOffset == 0 ? day : yearOffset + "/" + day;
  }
}
