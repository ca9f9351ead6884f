package cn.finegov.grid.application.category;

import java.io.Serializable;

/**
 * A routing rule as screens and REST show it.
 *
 * @param id its identifier
 * @param version for optimistic locking
 * @param category one-list category code, {@code null} for any category
 * @param categoryName the category's name, {@code null} for any
 * @param grid grid code (street, community or unit grid), {@code null} for everywhere
 * @param unitCode the responsible unit's code
 * @param unitName that unit's name, {@code null} when it is not in the organisation tree
 */
public record RoutingRuleView(
    long id,
    long version,
    String category,
    String categoryName,
    String grid,
    String unitCode,
    String unitName)
    implements Serializable {}
