package cn.finegov.grid.domain.model.category;

import cn.finegov.kernel.api.error.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/**
 * A minor category: kind, 2-digit major code and 2-digit minor code, e.g. component {@code 0101}
 * (公用设施 / 上水井盖). Written {@code C0101} for a component and {@code E0101} for an event where both
 * kinds share one list (the Open311 service code, imports).
 */
@Embeddable
public class CategoryCode implements Serializable {

  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(name = "case_kind", length = 10, nullable = false)
  private CaseKind kind;

  @Column(name = "category_code", length = 4, nullable = false)
  private String code;

  protected CategoryCode() {}

  private CategoryCode(CaseKind kind, String code) {
    this.kind = kind;
    this.code = code;
  }

  /**
   * A minor category of {@code kind} with a 4-digit code (major 01-99, minor 01-99).
   *
   * @throws DomainException {@code INVALID}, key {@code grid.category.code}
   */
  public static CategoryCode of(CaseKind kind, String text) {
    if (kind == null) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.category.kind", text);
    }
    String digits = text == null ? "" : text.strip();
    if (!digits.matches("[0-9]{4}") || digits.startsWith("00") || digits.endsWith("00")) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.category.code", digits);
    }
    return new CategoryCode(kind, digits);
  }

  /** Reads the one-list form: {@code C} or {@code E} followed by the 4 digits. */
  public static CategoryCode parse(String text) {
    String form = text == null ? "" : text.strip();
    if (form.length() != 5 || (form.charAt(0) != 'C' && form.charAt(0) != 'E')) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.category.form", form);
    }
    return of(form.charAt(0) == 'C' ? CaseKind.COMPONENT : CaseKind.EVENT, form.substring(1));
  }

  public CaseKind kind() {
    return kind;
  }

  /** The 4 digits. */
  public String code() {
    return code;
  }

  public String majorCode() {
    return code.substring(0, 2);
  }

  public String minorCode() {
    return code.substring(2);
  }

  /** The one-list form, {@code C0101} or {@code E0101}. */
  public String qualified() {
    return (kind == CaseKind.COMPONENT ? "C" : "E") + code;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CategoryCode that && that.kind == kind && that.code.equals(code);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + code.hashCode();
  }

  @Override
  public String toString() {
    return qualified();
  }
}
