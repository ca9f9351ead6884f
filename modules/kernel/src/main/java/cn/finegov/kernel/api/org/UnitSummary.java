package cn.finegov.kernel.api.org;

import java.io.Serializable;

/**
 * A read-only view of an organisation unit.
 *
 * @param id the unit's identifier
 * @param code its code
 * @param name its full name
 * @param shortName its short name, or {@code null}
 * @param type its type
 * @param parentId the parent's identifier, {@code null} at the top
 * @param active whether the unit is in use
 * @param sortOrder position among its siblings
 * @param path identifiers from the top down to this unit, as {@code /1/5/23/}
 */
public record UnitSummary(
    long id,
    String code,
    String name,
    String shortName,
    UnitType type,
    Long parentId,
    boolean active,
    int sortOrder,
    String path)
    implements Serializable {

  /** Name and code, as pickers show a unit: {@code 望江街道办事处 (990102001)}. */
  public String label() {
    return name + " (" + code + ")";
  }
}
