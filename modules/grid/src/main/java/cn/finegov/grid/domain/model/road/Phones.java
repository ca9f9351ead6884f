package cn.finegov.grid.domain.model.road;

import cn.finegov.kernel.api.error.DomainException;
import java.util.regex.Pattern;

/**
 * Telephone numbers of road chiefs and signboards: digits with an optional leading {@code +} and
 * single hyphens (mobile {@code 13812341234}, fixed line {@code 0571-87654321}, service {@code
 * 12345}), 3 to 20 characters; and the masked form shown to readers who do not manage reference
 * data ({@code 138****1234}).
 */
public final class Phones {

  /** Longest number kept. */
  public static final int MAX_LENGTH = 20;

  private static final Pattern FORMAT = Pattern.compile("\\+?[0-9]+(-[0-9]+)*");

  private Phones() {}

  /**
   * The number without surrounding spaces, {@code null} when blank.
   *
   * @throws DomainException {@code INVALID}, key {@code grid.road.phone}
   */
  public static String checked(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String phone = text.strip();
    long digits = phone.chars().filter(Character::isDigit).count();
    if (phone.length() > MAX_LENGTH || digits < 3 || !FORMAT.matcher(phone).matches()) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.road.phone", phone);
    }
    return phone;
  }

  /**
   * The number with its middle hidden: the first 3 and the last 4 characters stay when at least 4
   * are hidden (an 11-digit mobile becomes {@code 138****1234}); shorter numbers keep only their
   * last 2 characters. {@code null} stays {@code null}.
   */
  public static String masked(String phone) {
    if (phone == null) {
      return null;
    }
    int length = phone.length();
    if (length >= 11) {
      return phone.substring(0, 3) + "*".repeat(length - 7) + phone.substring(length - 4);
    }
    if (length <= 2) {
      return "*".repeat(length);
    }
    return "*".repeat(length - 2) + phone.substring(length - 2);
  }
}
