package cn.finegov.kernel.domain.model.calendar;

import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.org.UnitCode;
import java.util.Locale;

/**
 * Whose calendar: the national one, or a region's overrides on top of it. A region is named by the
 * code of its unit (letters, digits, '-', '_', '.'; up to 32 characters, upper case).
 *
 * @param code the region's code, {@code null} for the national calendar
 */
public record Region(String code) {

  /** How the national calendar is stored in the region column. */
  public static final String NATIONAL_KEY = "*";

  public static final Region NATIONAL = new Region(null);

  /**
   * The region named by {@code text}; blank means national.
   *
   * @throws ValidationException on field {@code region} when the text is not a valid code
   */
  public static Region of(String text) {
    if (text == null || text.isBlank() || NATIONAL_KEY.equals(text.strip())) {
      return NATIONAL;
    }
    String code = text.strip().toUpperCase(Locale.ROOT);
    if (!UnitCode.isValid(code)) {
      throw ValidationException.of("region", "calendar.region.invalid", text.strip());
    }
    return new Region(code);
  }

  /** The region as stored: its code, or {@value #NATIONAL_KEY}. */
  public static Region ofKey(String key) {
    return NATIONAL_KEY.equals(key) ? NATIONAL : new Region(key);
  }

  public boolean national() {
    return code == null;
  }

  /** The value of the region column. */
  public String key() {
    return code == null ? NATIONAL_KEY : code;
  }

  @Override
  public String toString() {
    return key();
  }
}
