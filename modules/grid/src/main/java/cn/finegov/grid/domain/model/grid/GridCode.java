package cn.finegov.grid.domain.model.grid;

import cn.finegov.kernel.api.error.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Optional;

/**
 * The code of a grid at any level: 6 digits of the county (GB/T 2260) + 3 of the street (GB/T
 * 10114) make a street's 9 digits; + 3 of the community make 12; + a unit-grid sequence of 2 digits
 * (CJ/T 213-2005, 14 digits) or 3 digits (DB11/T 2157-2023, 15 digits). The level follows from the
 * length, and the parent is the code's prefix.
 */
@Embeddable
public class GridCode implements Serializable, Comparable<GridCode> {

  private static final long serialVersionUID = 1L;

  @Column(name = "grid_code", length = 15, nullable = false, updatable = false)
  private String value;

  protected GridCode() {}

  private GridCode(String value) {
    this.value = value;
  }

  /**
   * Reads a code, refusing anything but 9, 12, 14 or 15 digits.
   *
   * @throws DomainException {@code INVALID}, key {@code grid.code.invalid}
   */
  public static GridCode of(String text) {
    String code = text == null ? "" : text.strip();
    if (!code.chars().allMatch(c -> c >= '0' && c <= '9') || levelOf(code.length()).isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.code.invalid", code);
    }
    if (code.startsWith("000000")) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.code.county", code);
    }
    return new GridCode(code);
  }

  /** Whether {@code text} is a valid code of {@code level}. */
  public static boolean isValid(String text, GridLevel level) {
    try {
      return of(text).level() == level;
    } catch (DomainException invalid) {
      return false;
    }
  }

  private static Optional<GridLevel> levelOf(int length) {
    return switch (length) {
      case 9 -> Optional.of(GridLevel.STREET);
      case 12 -> Optional.of(GridLevel.COMMUNITY);
      case 14, 15 -> Optional.of(GridLevel.UNIT);
      default -> Optional.empty();
    };
  }

  public String value() {
    return value;
  }

  public GridLevel level() {
    return levelOf(value.length()).orElseThrow();
  }

  /** The county (district) code, GB/T 2260: the first 6 digits. */
  public String countyCode() {
    return value.substring(0, 6);
  }

  /** The code of the grid this one lies in; empty for a street. */
  public Optional<GridCode> parent() {
    return switch (level()) {
      case STREET -> Optional.empty();
      case COMMUNITY -> Optional.of(new GridCode(value.substring(0, 9)));
      case UNIT -> Optional.of(new GridCode(value.substring(0, 12)));
    };
  }

  /** Whether this grid is {@code other} or lies inside it. */
  public boolean within(GridCode other) {
    return value.startsWith(other.value);
  }

  /**
   * The code of a child grid of this one with the given sequence: a community (3 digits) under a
   * street, a unit grid (2 or 3 digits) under a community.
   */
  public GridCode child(String sequence) {
    String digits = sequence == null ? "" : sequence.strip();
    boolean fits =
        switch (level()) {
          case STREET -> digits.length() == 3;
          case COMMUNITY -> digits.length() == 2 || digits.length() == 3;
          case UNIT -> false;
        };
    if (!fits) {
      throw new DomainException(
          DomainException.Kind.INVALID, "grid.code.child", value, level(), digits);
    }
    return of(value + digits);
  }

  @Override
  public int compareTo(GridCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GridCode code && code.value.equals(value);
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
