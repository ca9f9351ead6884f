package cn.finegov.grid.domain.model.category;

import cn.finegov.grid.domain.model.grid.GridCode;
import java.util.List;
import java.util.Optional;

/** The categories as the city configured them, and who handles what where (派遣规则). */
public interface CategoryCatalogue {

  /** An active category. */
  Optional<Category> find(CategoryCode code);

  /** Active categories offered to the public, in code order (the Open311 service list). */
  List<Category> publicServices();

  /**
   * The responsible unit of a case of {@code category} in {@code grid} ({@code null}: no grid): the
   * most specific routing rule, else the category's default unit, else empty (the command centre
   * chooses).
   */
  Optional<String> route(CategoryCode category, GridCode grid);
}
