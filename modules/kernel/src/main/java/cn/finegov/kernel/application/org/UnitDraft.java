package cn.finegov.kernel.application.org;

import cn.finegov.kernel.api.org.UnitType;

/**
 * A unit to create.
 *
 * @param code unit code
 * @param name full name
 * @param shortName short name or {@code null}
 * @param type unit type
 * @param parentId parent, {@code null} for the top of the tree
 * @param sortOrder position among siblings, {@code null} for 0
 */
public record UnitDraft(
    String code, String name, String shortName, UnitType type, Long parentId, Integer sortOrder) {}
