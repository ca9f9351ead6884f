package cn.finegov.grid.application.grid;

/**
 * A change of a grid; code, level and parent never change.
 *
 * @param version the version the change was made on
 * @param name new name
 * @param unitCode new owning unit
 * @param outline new outline (GeoJSON), blank to remove it (not for a unit grid)
 * @param active whether it stays in use
 */
public record GridChange(
    long version, String name, String unitCode, String outline, boolean active) {}
