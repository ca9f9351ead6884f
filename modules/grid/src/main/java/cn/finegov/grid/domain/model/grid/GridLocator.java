package cn.finegov.grid.domain.model.grid;

import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import java.util.Optional;
import java.util.Set;

/** Finds the unit grid of a place and the grids a grid worker looks after. */
public interface GridLocator {

  /**
   * Where a place or a unit grid lies: the unit grid, the organisation unit it belongs to and a
   * point inside its outline (empty for a grid drawn without one).
   */
  record GridPlace(GridCode unitGrid, String name, String unitCode, Optional<GeoPoint> inside) {}

  /** The active unit grid whose outline contains {@code point}. */
  Optional<GridPlace> locate(GeoPoint point);

  /** An active unit grid by its code. */
  Optional<GridPlace> find(GridCode unitGrid);

  /** The unit grids whose grid groups {@code username} belongs to (leader or member). */
  Set<GridCode> gridsWorkedBy(String username);
}
