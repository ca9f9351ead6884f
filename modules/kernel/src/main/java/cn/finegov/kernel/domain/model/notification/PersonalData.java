package cn.finegov.kernel.domain.model.notification;

import cn.finegov.kernel.api.privacy.PersonalDataMask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks e-mail addresses and phone numbers for screens, the delivery monitor and failure reasons
 * (which may quote an address a server refused).
 */
public final class PersonalData {

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");
  private static final Pattern PHONE = Pattern.compile("(?<![0-9+])\\+?[0-9]{7,15}(?![0-9])");

  private PersonalData() {}

  /** {@code zhang.san@example.com} → {@code z***@example.com}. */
  public static String maskEmail(String email) {
    if (email == null || email.isBlank()) {
      return "";
    }
    int at = email.lastIndexOf('@');
    if (at <= 0) {
      return "***";
    }
    return email.charAt(0) + "***" + email.substring(at);
  }

  /**
   * The number masked by the suite's rule ({@link PersonalDataMask#phone(String)}: {@code
   * 13812341234} → {@code 138****1234}); empty for none, as screens and audit values show it.
   */
  public static String maskPhone(String phone) {
    String masked = PersonalDataMask.phone(phone);
    return masked == null ? "" : masked;
  }

  /** The text with every e-mail address and every run of 7 to 15 digits (a phone number) masked. */
  public static String maskIn(String text) {
    if (text == null) {
      return null;
    }
    Matcher email = EMAIL.matcher(text);
    StringBuilder masked = new StringBuilder();
    while (email.find()) {
      email.appendReplacement(masked, Matcher.quoteReplacement(maskEmail(email.group())));
    }
    email.appendTail(masked);
    Matcher phone = PHONE.matcher(masked.toString());
    StringBuilder result = new StringBuilder();
    while (phone.find()) {
      phone.appendReplacement(result, Matcher.quoteReplacement(maskPhone(phone.group())));
    }
    phone.appendTail(result);
    return result.toString();
  }
}
