package cn.finegov.grid.domain.model.gridcase;

import cn.finegov.kernel.api.error.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number people read and say on the phone: district code, year and a sequence that restarts
 * every year in every district, e.g. {@code 330106-2026-000123}.
 */
@Embeddable
public class CaseNumber implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile("([0-9]{6})-([0-9]{4})-([0-9]{6,9})");

  /** Whether the text is a whole case number in its written form (not just a part of one). */
  public static boolean isWhole(String text) {
    return text != null && FORM.matcher(text).matches();
  }

  @Column(name = "case_number", length = 24, nullable = false, updatable = false)
  private String value;

  protected CaseNumber() {}

  private CaseNumber(String value) {
    this.value = value;
  }

  /** The {@code sequence}-th case of {@code year} in {@code district}. */
  public static CaseNumber of(String district, int year, long sequence) {
    if (district == null || !district.matches("[0-9]{6}") || district.startsWith("000000")) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.case.number", district);
    }
    if (year < 2000 || year > 9999 || sequence < 1 || sequence > 999_999_999) {
      throw new DomainException(
          DomainException.Kind.INVALID, "grid.case.number", district + "-" + year + "-" + sequence);
    }
    return new CaseNumber(String.format(Locale.ROOT, "%s-%04d-%06d", district, year, sequence));
  }

  /** Reads a number as written (spaces around it ignored). */
  public static CaseNumber parse(String text) {
    String form = text == null ? "" : text.strip();
    Matcher parts = FORM.matcher(form);
    if (!parts.matches()) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.case.number", form);
    }
    return of(parts.group(1), Integer.parseInt(parts.group(2)), Long.parseLong(parts.group(3)));
  }

  public String value() {
    return value;
  }

  public String districtCode() {
    return value.substring(0, 6);
  }

  public int year() {
    return Integer.parseInt(value.substring(7, 11));
  }

  public long sequence() {
    return Long.parseLong(value.substring(12));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CaseNumber number && number.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
