package cn.finegov.grid.domain.model.category;

import java.util.List;
import java.util.Optional;

/** The stored routing rules (派遣规则). */
public interface RoutingRuleRepository {

  Optional<RoutingRuleEntry> find(long id);

  /** Every rule, those of a category first (in code order), then those of grids only. */
  List<RoutingRuleEntry> all();

  /** The rules that can apply to a case of {@code category}: its own and those of any category. */
  List<RoutingRule> applicableTo(CategoryCode category);

  RoutingRuleEntry store(RoutingRuleEntry entry);

  void remove(RoutingRuleEntry entry);
}
