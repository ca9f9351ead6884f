package cn.finegov.kernel.api.org;

/**
 * A unit as an external directory (the e-government platform) describes it, already mapped to the
 * suite's types.
 *
 * @param code the unit's code, which identifies it across systems
 * @param name full name
 * @param shortName short name, may be {@code null}
 * @param type the unit's type
 * @param parentCode the parent's code, {@code null} for a unit at the top
 * @param sortOrder position among siblings, {@code null} to keep the current one (0 for a new unit)
 * @param active {@code false} when the directory says the unit was dissolved
 */
public record ExternalUnit(
    String code,
    String name,
    String shortName,
    UnitType type,
    String parentCode,
    Integer sortOrder,
    boolean active) {}
