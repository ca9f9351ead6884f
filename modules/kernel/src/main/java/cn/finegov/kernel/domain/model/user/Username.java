package cn.finegov.kernel.domain.model.user;

import cn.finegov.kernel.api.error.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Login name: 3 to 32 characters, lower-case letters, digits, '.', '_' or '-', starting with a
 * letter.
 */
@Embeddable
public class Username implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9._\\-]{2,31}");

  @Column(name = "username", nullable = false, length = 32)
  private String value;

  protected Username() {}

  private Username(String value) {
    this.value = value;
  }

  public static Username of(String text) {
    String normalised = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (normalised.isEmpty()) {
      throw ValidationException.of("username", "validation.required");
    }
    if (!FORMAT.matcher(normalised).matches()) {
      throw ValidationException.of("username", "user.username.invalid", text.strip());
    }
    return new Username(normalised);
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Username name && Objects.equals(value, name.value);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
