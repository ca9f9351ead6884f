package cn.finegov.grid.domain.model.road;

import cn.finegov.kernel.api.error.DomainException;
import java.util.regex.Pattern;

/**
 * Telephone numbers of road chiefs and signboards: digits with an optional leading {@code +} and
 * single hyphens (mobile {@code 13812341234}, fixed line {@code 0571-87654321}, service {@code
 * 12345}), 3 to 20 characters. Readers who do not manage reference data see them masked by the
 * suite's rule ({@link cn.finegov.kernel.api.privacy.PersonalDataMask#phone(String)}: {@code
 * 138****1234}, {@code 0571-****4321}).
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
}
