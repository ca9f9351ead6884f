package cn.finegov.grid.application.category;

/**
 * Where a case would go.
 *
 * @param category the category asked about
 * @param grid the grid asked about, {@code null} for none
 * @param unitCode the responsible unit, {@code null} when the command centre chooses
 */
public record RouteView(String category, String grid, String unitCode) {}
