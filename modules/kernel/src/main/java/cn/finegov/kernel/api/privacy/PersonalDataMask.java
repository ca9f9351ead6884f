package cn.finegov.kernel.api.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the suite shows a phone number to someone who may not see it whole: lists, audit values,
 * exports, the delivery monitor, failure reasons and logs. Every module masks through {@link
 * #phone(String)}, so a number looks the same on every screen.
 *
 * <p>Rules (white space, hyphens, brackets and dots are separators and are ignored; only a leading
 * {@code +} is kept):
 *
 * <ul>
 *   <li><b>Mobile</b> (11 digits): the first three and the last four digits stay: {@code
 *       13812341234} and {@code 138 1234 1234} → {@code 138****1234}.
 *   <li><b>Fixed line with area code</b> (trunk 0; area code {@code 10} or {@code 2x}, otherwise
 *       three digits; then a local number of 7 or 8 digits): the area code stays, then a hyphen,
 *       then the local number with all but its last four digits hidden (a 7-digit local number: its
 *       last three): {@code 0571-87654321}, {@code 057187654321} → {@code 0571-****4321}; {@code
 *       (010)62345678} → {@code 010-****5678}; {@code 0571-8765432} → {@code 0571-****432}.
 *   <li><b>China's country code</b> ({@code +86}, {@code 0086}): {@code +86 } and the national
 *       number masked as above, a fixed line's area code without its 0: {@code +8613812341234} →
 *       {@code +86 138****1234}; {@code +86 571 87654321} → {@code +86 571-****4321}.
 *   <li><b>Other numbers of 7 to 10 digits</b> (a local number without area code): all but the last
 *       four digits hidden, and at least four hidden: {@code 87654321} → {@code ****4321}, {@code
 *       8765432} → {@code ****432}.
 *   <li><b>Other numbers of 11 digits or more</b>: the first three and the last four stay: {@code
 *       12345678901234} → {@code 123*******1234}.
 *   <li><b>Other country codes</b>: {@code +} and the digits masked as other numbers: {@code
 *       +4930123456} → {@code +******3456}.
 *   <li><b>Fewer than 7 digits</b> (service numbers such as {@code 110} or {@code 12345},
 *       extensions, fragments) <b>or no digits</b>: {@value #HIDDEN}, which shows neither digits
 *       nor length.
 *   <li>{@code null} or blank: {@code null} (nothing to show; a screen shows an empty cell).
 * </ul>
 *
 * Every mask hides at least four digits of the number, or all of them when it has fewer than 7.
 */
public final class PersonalDataMask {

  /** What replaces a short number, or a number without digits. */
  public static final String HIDDEN = "****";

  /** A national fixed-line number: trunk 0, area code, local number. */
  private static final Pattern LANDLINE = Pattern.compile("0(10|2[0-9]|[3-9][0-9]{2})([0-9]{7,8})");

  /** The same after a country code: without the trunk 0. */
  private static final Pattern LANDLINE_INTERNATIONAL =
      Pattern.compile("(10|2[0-9]|[3-9][0-9]{2})([0-9]{7,8})");

  private static final Pattern MOBILE = Pattern.compile("1[0-9]{10}");

  private PersonalDataMask() {}

  /**
   * The phone number masked by the rules above; {@code null} for {@code null} or blank text.
   *
   * @param phone a phone number as it was entered (separators allowed)
   */
  public static String phone(String phone) {
    if (phone == null || phone.isBlank()) {
      return null;
    }
    boolean plus = phone.strip().startsWith("+");
    String digits = phone.replaceAll("[^0-9]", "");
    if (plus && digits.startsWith("86") && digits.length() > 2) {
      return "+86 " + chinese(digits.substring(2));
    }
    if (!plus && digits.startsWith("0086") && digits.length() > 4) {
      return "+86 " + chinese(digits.substring(4));
    }
    if (plus) {
      return "+" + other(digits);
    }
    Matcher landline = LANDLINE.matcher(digits);
    if (landline.matches()) {
      return "0" + landline.group(1) + "-" + tail(landline.group(2));
    }
    return other(digits);
  }

  /** A national number after China's country code. */
  private static String chinese(String national) {
    if (MOBILE.matcher(national).matches()) {
      return other(national);
    }
    Matcher landline = LANDLINE_INTERNATIONAL.matcher(national);
    if (landline.matches()) {
      return landline.group(1) + "-" + tail(landline.group(2));
    }
    return phone(national);
  }

  /** Any other number: short ones wholly hidden, long ones with their first three digits. */
  private static String other(String digits) {
    int length = digits.length();
    if (length < 7) {
      return HIDDEN;
    }
    if (length >= 11) {
      return digits.substring(0, 3) + "*".repeat(length - 7) + digits.substring(length - 4);
    }
    return tail(digits);
  }

  /** All but the last four digits hidden, and at least four hidden. */
  private static String tail(String digits) {
    int length = digits.length();
    int shown = Math.max(0, Math.min(4, length - 4));
    return "*".repeat(length - shown) + digits.substring(length - shown);
  }
}
