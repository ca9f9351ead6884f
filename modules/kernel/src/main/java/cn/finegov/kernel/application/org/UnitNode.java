package cn.finegov.kernel.application.org;

import cn.finegov.kernel.api.org.UnitSummary;

/**
 * A unit in a tree listing.
 *
 * @param unit the unit
 * @param hasChildren whether anything stands below it, so a tree can offer to expand it
 * @param version the unit's version, needed to change it
 * @param inScope whether the reader may act on it; {@code false} for the units shown only because
 *     they lead down to his scope
 */
public record UnitNode(UnitSummary unit, boolean hasChildren, long version, boolean inScope) {}
