package cn.finegov.kernel.application.org;

import cn.finegov.kernel.api.org.UnitType;

/**
 * New values of an existing unit. The code never changes.
 *
 * @param name full name
 * @param shortName short name or {@code null}
 * @param type unit type
 * @param parentId parent, {@code null} for the top of the tree
 * @param sortOrder position among siblings, {@code null} to keep it
 * @param version the version the editor saw; a different current version means somebody else
 *     changed the unit
 */
public record UnitChange(
    String name, String shortName, UnitType type, Long parentId, Integer sortOrder, long version) {}
