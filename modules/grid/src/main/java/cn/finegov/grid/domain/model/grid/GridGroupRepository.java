package cn.finegov.grid.domain.model.grid;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The grid groups as stored. */
public interface GridGroupRepository {

  /** The group of a unit grid. */
  Optional<GridGroup> find(GridCode grid);

  /** Every group, by grid code. */
  List<GridGroup> all();

  /** The unit grids whose groups have the account as leader or member. */
  Set<GridCode> gridsOf(String username);

  GridGroup store(GridGroup group);

  void delete(GridGroup group);
}
