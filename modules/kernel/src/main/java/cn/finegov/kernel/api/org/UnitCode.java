package cn.finegov.kernel.api.org;

import cn.finegov.kernel.api.error.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Code of an organisation unit: the administrative division code for governments and communities
 * (GB/T 2260 six digits, extended by three for streets and three more for communities), the unified
 * social credit code or an internal code for departments and enterprises. Letters, digits, '-', '_'
 * and '.', 1 to 32 characters, stored in upper case.
 */
@Embeddable
public class UnitCode implements Serializable, Comparable<UnitCode> {

  private static final long serialVersionUID = 1L;

  public static final int MAX_LENGTH = 32;

  private static final Pattern FORMAT = Pattern.compile("[0-9A-Z][0-9A-Z_.\\-]{0,31}");

  @Column(name = "code", nullable = false, length = MAX_LENGTH)
  private String value;

  protected UnitCode() {}

  private UnitCode(String value) {
    this.value = value;
  }

  /**
   * Parses and validates a code.
   *
   * @throws ValidationException on the field {@code code} when the text is not a valid unit code
   */
  public static UnitCode of(String text) {
    String normalised = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    if (normalised.isEmpty()) {
      throw ValidationException.of("code", "validation.required");
    }
    if (!FORMAT.matcher(normalised).matches()) {
      throw ValidationException.of("code", "unit.code.invalid", text.strip(), MAX_LENGTH);
    }
    return new UnitCode(normalised);
  }

  /** Whether {@code text} would be accepted by {@link #of(String)}. */
  public static boolean isValid(String text) {
    return text != null && FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
  }

  public String value() {
    return value;
  }

  @Override
  public int compareTo(UnitCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnitCode code && Objects.equals(value, code.value);
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
