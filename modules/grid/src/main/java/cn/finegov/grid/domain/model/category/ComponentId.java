package cn.finegov.grid.domain.model.category;

import cn.finegov.kernel.api.error.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;

/**
 * The 16-digit identifier of an inventoried component (标识码, CJ/T 214 style): 6 digits of the
 * district (GB/T 2260) + 2 of the major category + 2 of the minor category + a 6-digit sequence,
 * e.g. {@code 3205080101000001}.
 */
@Embeddable
public class ComponentId implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "component_id", length = 16, nullable = false, updatable = false)
  private String value;

  protected ComponentId() {}

  private ComponentId(String value) {
    this.value = value;
  }

  /**
   * Reads an identifier: 16 digits, a district that is not all zeros, a valid category, a sequence
   * from 000001.
   *
   * @throws DomainException {@code INVALID}, key {@code grid.component.id}
   */
  public static ComponentId of(String text) {
    String id = text == null ? "" : text.strip();
    if (!id.matches("[0-9]{16}")
        || id.startsWith("000000")
        || id.endsWith("000000")
        || id.substring(6, 8).equals("00")
        || id.substring(8, 10).equals("00")) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.component.id", id);
    }
    return new ComponentId(id);
  }

  /** The identifier of the {@code sequence}-th component of a category in a district. */
  public static ComponentId of(String district, CategoryCode category, int sequence) {
    if (category.kind() != CaseKind.COMPONENT) {
      throw new DomainException(
          DomainException.Kind.INVALID, "grid.component.kind", category.qualified());
    }
    if (sequence < 1 || sequence > 999_999) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.component.sequence", sequence);
    }
    return of(
        (district == null ? "" : district.strip())
            + category.code()
            + String.format(Locale.ROOT, "%06d", sequence));
  }

  public String value() {
    return value;
  }

  public String districtCode() {
    return value.substring(0, 6);
  }

  /** The component's minor category. */
  public CategoryCode category() {
    return CategoryCode.of(CaseKind.COMPONENT, value.substring(6, 10));
  }

  public int sequence() {
    return Integer.parseInt(value.substring(10));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ComponentId id && id.value.equals(value);
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
