package cn.finegov.kernel.domain.model.user;

import cn.finegov.kernel.api.error.ValidationException;
import java.time.Duration;
import java.util.Locale;

/**
 * Rules a new password must meet (等保 level 3 style): a minimum length, a minimum number of the four
 * character classes (upper case, lower case, digit, other), not the login name, and none of the
 * last {@code history} passwords; and how long a password lasts.
 *
 * @param minLength fewest characters
 * @param minClasses fewest character classes (1–4)
 * @param history how many recent passwords (the current one included) may not be used again
 * @param maxAge how long a password lasts; {@link Duration#ZERO} for ever
 */
public record PasswordPolicy(int minLength, int minClasses, int history, Duration maxAge) {

  public static final int MAX_LENGTH = 128;

  /** Length 8, three classes, no reuse of the last 5, expiry after 90 days. */
  public static final PasswordPolicy DEFAULT = new PasswordPolicy(8, 3, 5, Duration.ofDays(90));

  public PasswordPolicy {
    if (minLength < 1 || minLength > MAX_LENGTH) {
      throw new IllegalArgumentException("minimum length out of range: " + minLength);
    }
    if (minClasses < 1 || minClasses > 4) {
      throw new IllegalArgumentException("character classes out of range: " + minClasses);
    }
    if (history < 1) {
      throw new IllegalArgumentException("history must count at least the current password");
    }
    if (maxAge == null || maxAge.isNegative()) {
      throw new IllegalArgumentException("maximum age must be zero or positive");
    }
  }

  /**
   * Checks the form of a password (not its history).
   *
   * @throws ValidationException on the field {@code password} naming the first rule broken
   */
  public void check(Username username, char[] password) {
    if (password == null || password.length < minLength) {
      throw ValidationException.of("password", "password.too-short", minLength);
    }
    if (password.length > MAX_LENGTH) {
      throw ValidationException.of("password", "validation.too-long", MAX_LENGTH);
    }
    if (classes(password) < minClasses) {
      throw ValidationException.of("password", "password.too-simple", minClasses);
    }
    String text = new String(password).toLowerCase(Locale.ROOT);
    if (username != null && text.contains(username.value())) {
      throw ValidationException.of("password", "password.contains-username");
    }
  }

  /**
   * Refuses a password that matches one of the account's last {@link #history} passwords.
   *
   * @throws ValidationException on the field {@code password}
   */
  public void checkNotReused(UserAccount user, char[] password, PasswordHashing hashing) {
    for (String hash : user.recentPasswordHashes(history)) {
      if (hashing.matches(password, hash)) {
        throw ValidationException.of("password", "password.reused", history);
      }
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
