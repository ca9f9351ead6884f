package cn.finegov.kernel.domain.model.user;

import cn.finegov.kernel.api.error.ValidationException;
import java.util.Locale;

/**
 * Rules a new password must meet: at least {@value #MIN_LENGTH} characters, at least three of the
 * four character classes (upper case, lower case, digit, other), and not the login name.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;
  public static final int MIN_CLASSES = 3;

  private PasswordPolicy() {}

  /**
   * @throws ValidationException on the field {@code password} naming the first rule broken
   */
  public static void check(Username username, char[] password) {
    if (password == null || password.length < MIN_LENGTH) {
      throw ValidationException.of("password", "password.too-short", MIN_LENGTH);
    }
    if (password.length > MAX_LENGTH) {
      throw ValidationException.of("password", "validation.too-long", MAX_LENGTH);
    }
    if (classes(password) < MIN_CLASSES) {
      throw ValidationException.of("password", "password.too-simple", MIN_CLASSES);
    }
    String text = new String(password).toLowerCase(Locale.ROOT);
    if (username != null && text.contains(username.value())) {
      throw ValidationException.of("password", "password.contains-username");
    }
  }

  static int classes(char[] password) {
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    boolean other = false;
    for (char c : password) {
      if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isLowerCase(c)) {
        lower = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else {
        other = true;
      }
    }
    return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }
}
