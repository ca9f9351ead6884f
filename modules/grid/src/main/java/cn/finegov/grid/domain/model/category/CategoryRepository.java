package cn.finegov.grid.domain.model.category;

import java.util.List;
import java.util.Optional;

/** The stored categories (立结案标准), active or not. */
public interface CategoryRepository {

  /** A category by its code, active or not. */
  Optional<Category> find(CategoryCode code);

  Optional<Category> find(long id);

  /** Every category, components before events, in code order. */
  List<Category> all();

  /** Stores a new category; a stored one needs no call. */
  Category store(Category category);
}
