package cn.finegov.grid.application.grid;

/**
 * The columns of the grids' Excel sheet, export and import alike. Titles are fixed (not translated)
 * so that a sheet exported in one language imports in the other; the outline is a GeoJSON geometry
 * as text in one cell (a cell holds up to 32,767 characters, which is ample for a unit grid).
 */
public final class GridSheet {

  public static final String CODE = "code";
  public static final String NAME = "name";
  public static final String UNIT_CODE = "unitCode";
  public static final String LEVEL = "level";
  public static final String PARENT_CODE = "parentCode";
  public static final String AREA = "area";
  public static final String ACTIVE = "active";
  public static final String OUTLINE = "outline";

  private GridSheet() {}
}
