package cn.finegov.grid.domain.model.category;

import cn.finegov.grid.domain.model.grid.GridCode;
import java.util.List;
import java.util.Optional;

/** The categories as the city configured them, and who handles what where (派遣规则). */
public interface CategoryCatalogue {

  /**
   * An active category. The category is shared with other requests for a few seconds and must not
   * be changed (change categories through their repository).
   */
  Optional<Category> find(CategoryCode code);

  /**
   * The categories are being changed in the current transaction: {@link #find} reads them again
   * from now on and once the transaction has ended.
   */
  void changed();

  /** Active categories offered to the public, in code order (the Open311 service list). */
  List<Category> publicServices();

  /**
   * The responsible unit of a case of {@code category} in {@code grid} ({@code null}: no grid): the
   * most specific routing rule, else the category's default unit, else empty (the command centre
   * chooses).
   */
  Optional<String> route(CategoryCode category, GridCode grid);
}
