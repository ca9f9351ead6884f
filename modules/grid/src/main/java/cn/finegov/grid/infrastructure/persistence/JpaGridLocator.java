package cn.finegov.grid.infrastructure.persistence;

import cn.finegov.grid.domain.model.grid.Grid;
import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.grid.domain.model.grid.GridGroupRepository;
import cn.finegov.grid.domain.model.grid.GridLevel;
import cn.finegov.grid.domain.model.grid.GridLocator;
import cn.finegov.grid.domain.model.grid.GridRepository;
import cn.finegov.grid.domain.model.grid.GridShape;
import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds unit grids in the grid table: the index on the outlines' boxes narrows a place down to a
 * few candidates, whose outlines decide. Parsed outlines are kept per grid and version, so that a
 * busy intake does not read the same GeoJSON again and again.
 */
@ApplicationScoped
public class JpaGridLocator implements GridLocator {

  private static final int MAX_CACHED = 20_000;

  @Inject GridRepository grids;
  @Inject GridGroupRepository groups;

  private record Parsed(long version, GridShape shape) {}

  private final Map<Long, Parsed> shapes = new ConcurrentHashMap<>();

  @Override
  public Optional<GridPlace> locate(GeoPoint point) {
    for (Grid grid : grids.unitGridsWhoseBoxHolds(point)) {
      if (shapeOf(grid).map(shape -> shape.contains(point)).orElse(false)) {
        return Optional.of(placeOf(grid, Optional.of(point)));
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<GridPlace> find(GridCode unitGrid) {
    return grids
        .find(unitGrid)
        .filter(grid -> grid.active() && grid.level() == GridLevel.UNIT)
        .map(grid -> placeOf(grid, shapeOf(grid).map(GridShape::interiorPoint)));
  }

  @Override
  public Set<GridCode> gridsWorkedBy(String username) {
    return groups.gridsOf(username);
  }

  private Optional<GridShape> shapeOf(Grid grid) {
    Parsed parsed = shapes.get(grid.id());
    if (parsed != null && parsed.version() == grid.version()) {
      return Optional.of(parsed.shape());
    }
    Optional<GridShape> shape = grid.outline();
    if (shape.isPresent()) {
      if (shapes.size() >= MAX_CACHED) {
        shapes.clear();
      }
      shapes.put(grid.id(), new Parsed(grid.version(), shape.get()));
    }
    return shape;
  }

  private static GridPlace placeOf(Grid grid, Optional<GeoPoint> inside) {
    return new GridPlace(grid.code(), grid.name(), grid.unitCode(), inside);
  }
}
