package cn.finegov.kernel.domain.model.calendar;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.i18n.MessageKey;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The office periods of a working day, e.g. {@code 08:30-12:00,14:00-17:30}: ascending, not
 * overlapping, within one day (00:00 to 23:59).
 */
public final class OfficeHours {

  private static final Pattern PERIOD =
      Pattern.compile("([01]\\d|2[0-3]):([0-5]\\d)\\s*-\\s*([01]\\d|2[0-3]):([0-5]\\d)");

  private final int[] starts;
  private final int[] ends;
  private final String text;

  private OfficeHours(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
    StringBuilder canonical = new StringBuilder();
    for (int i = 0; i < starts.length; i++) {
      if (i > 0) {
        canonical.append(',');
      }
      canonical.append(clock(starts[i])).append('-').append(clock(ends[i]));
    }
    this.text = canonical.toString();
  }

  /**
   * Reads a setting value.
   *
   * @throws DomainException (rule) {@code calendar.office-hours.invalid} naming the value and what
   *     is wrong with it
   */
  public static OfficeHours parse(String value) {
    String raw = value == null ? "" : value.strip();
    if (raw.isEmpty()) {
      throw invalid(raw, "calendar.office-hours.reason.empty");
    }
    String[] parts = raw.split(",");
    List<int[]> periods = new ArrayList<>();
    for (String part : parts) {
      Matcher matcher = PERIOD.matcher(part.strip());
      if (!matcher.matches()) {
        throw invalid(raw, "calendar.office-hours.reason.format");
      }
      int start = Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
      int end = Integer.parseInt(matcher.group(3)) * 60 + Integer.parseInt(matcher.group(4));
      if (start >= end) {
        throw invalid(raw, "calendar.office-hours.reason.empty-period");
      }
      if (!periods.isEmpty() && periods.get(periods.size() - 1)[1] > start) {
        throw invalid(raw, "calendar.office-hours.reason.order");
      }
      periods.add(new int[] {start, end});
    }
    int[] starts = new int[periods.size()];
    int[] ends = new int[periods.size()];
    for (int i = 0; i < periods.size(); i++) {
      starts[i] = periods.get(i)[0];
      ends[i] = periods.get(i)[1];
    }
    return new OfficeHours(starts, ends);
  }

  private static DomainException invalid(String value, String reasonKey) {
    return DomainException.rule("calendar.office-hours.invalid", value, new MessageKey(reasonKey));
  }

  /** Number of periods. */
  public int periods() {
    return starts.length;
  }

  /** Start of period {@code i}, in minutes after midnight. */
  public int start(int i) {
    return starts[i];
  }

  /** End of period {@code i}, in minutes after midnight. */
  public int end(int i) {
    return ends[i];
  }

  /** Office minutes of a working day. */
  public int minutesPerDay() {
    int total = 0;
    for (int i = 0; i < starts.length; i++) {
      total += ends[i] - starts[i];
    }
    return total;
  }

  private static String clock(int minutes) {
    return String.format("%02d:%02d", minutes / 60, minutes % 60);
  }

  /** The canonical form, e.g. {@code 08:30-12:00,14:00-17:30}. */
  @Override
  public String toString() {
    return text;
  }
}
