package cn.finegov.planning.application.oversight;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a statutory notice says: a reminder so many days before the due date ({@code BEFORE_14}), or
 * that the date passed ({@code OVERDUE}). A unit gets each kind once per due date.
 *
 * @param code {@code BEFORE_<days>} or {@code OVERDUE}
 */
public record ReminderKind(String code) {

  private static final Pattern CODE = Pattern.compile("OVERDUE|BEFORE_[1-9][0-9]{0,2}");

  public static final ReminderKind OVERDUE = new ReminderKind("OVERDUE");

  public ReminderKind {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("not a reminder kind: " + code);
    }
  }

  public static ReminderKind before(int days) {
    return new ReminderKind("BEFORE_" + days);
  }

  public boolean overdue() {
    return this.equals(OVERDUE);
  }

  /** Days before the due date of a reminder; 0 for the overdue notice. */
  public int daysBefore() {
    return overdue() ? 0 : Integer.parseInt(code.substring("BEFORE_".length()));
  }

  @Override
  public String toString() {
    return code;
  }
}
