package cn.finegov.grid.application.grid;

/**
 * A new grid, or a grid of an import.
 *
 * @param code 9, 12, 14 or 15 digits
 * @param parentCode optional: when given, must be the code's own parent
 * @param level optional: when given, must be the level the code's length gives
 * @param name its name
 * @param unitCode code of the owning organisation unit
 * @param outline GeoJSON geometry (or a Feature), required for a unit grid
 */
public record GridDraft(
    String code, String parentCode, String level, String name, String unitCode, String outline) {}
