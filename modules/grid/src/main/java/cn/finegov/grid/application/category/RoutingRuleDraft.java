package cn.finegov.grid.application.category;

/**
 * A routing rule as somebody wants it.
 *
 * @param category one-list category code ({@code E0101}); blank for any category
 * @param grid grid code; blank for everywhere
 * @param unitCode the responsible unit's code
 * @param version on a change, the version it was made on ({@code null}: do not check)
 */
public record RoutingRuleDraft(String category, String grid, String unitCode, Long version) {}
