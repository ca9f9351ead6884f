package cn.finegov.grid.application.grid;

import cn.finegov.grid.domain.model.grid.Grid;
import cn.finegov.grid.domain.model.grid.GridCode;
import java.io.Serializable;

/**
 * A grid as screens and the API show it.
 *
 * @param code its code
 * @param level {@code STREET}, {@code COMMUNITY} or {@code UNIT}
 * @param parentCode the parent's code, {@code null} for a street
 * @param name its name
 * @param unitCode the code of the organisation unit that owns it
 * @param area area in square metres, {@code null} without an outline
 * @param outline GeoJSON geometry, {@code null} without one
 * @param active whether it is in use
 * @param version for optimistic locking
 */
public record GridView(
    String code,
    String level,
    String parentCode,
    String name,
    String unitCode,
    Double area,
    String outline,
    boolean active,
    long version)
    implements Serializable {

  static GridView of(Grid grid) {
    return new GridView(
        grid.code().value(),
        grid.level().name(),
        grid.parentCode().map(GridCode::value).orElse(null),
        grid.name(),
        grid.unitCode(),
        grid.area(),
        grid.outlineGeoJson(),
        grid.active(),
        grid.version());
  }

  /** Name and code, as trees and pickers show a grid. */
  public String label() {
    return name + " (" + code + ")";
  }
}
