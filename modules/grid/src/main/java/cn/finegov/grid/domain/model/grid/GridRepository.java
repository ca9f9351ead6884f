package cn.finegov.grid.domain.model.grid;

import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The grid tree as stored. */
public interface GridRepository {

  Optional<Grid> find(GridCode code);

  /**
   * Grids, ordered by code: the children of {@code parent} (or every grid when empty), of {@code
   * level} (or every level when empty), active or not.
   */
  List<Grid> list(Optional<GridCode> parent, Optional<GridLevel> level);

  /** Grids whose codes are given (missing ones are left out). */
  List<Grid> findAll(Collection<GridCode> codes);

  /** Active unit grids whose outline's box holds the point (candidates for the exact test). */
  List<Grid> unitGridsWhoseBoxHolds(GeoPoint point);

  /** Number of grids directly below {@code parent}. */
  long countChildren(GridCode parent);

  Grid store(Grid grid);
}
