package cn.finegov.grid.domain.model.category;

import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.kernel.api.error.DomainException;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which unit handles a case: a rule names a category, a grid (a street, community or unit grid and
 * everything in it), or both, and the unit. The most specific rule wins: one with a category before
 * one without; then the deepest grid; a rule without a grid applies everywhere. Without a matching
 * rule the category's default unit handles it.
 *
 * @param category the minor category, or {@code null} for any
 * @param grid the grid it applies in, or {@code null} for everywhere
 * @param unitCode the responsible unit
 */
public record RoutingRule(CategoryCode category, GridCode grid, String unitCode) {

  public RoutingRule {
    if (category == null && grid == null) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.routing.too-wide");
    }
    if (unitCode == null || unitCode.isBlank()) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.case.unit-required");
    }
    unitCode = unitCode.strip();
  }

  /** Whether the rule applies to a case of {@code caseCategory} in {@code caseGrid}. */
  public boolean matches(CategoryCode caseCategory, GridCode caseGrid) {
    boolean categoryFits = category == null || category.equals(caseCategory);
    boolean gridFits = grid == null || (caseGrid != null && caseGrid.within(grid));
    return categoryFits && gridFits;
  }

  private int specificity() {
    return (category == null ? 0 : 100) + (grid == null ? 0 : grid.value().length());
  }

  /**
   * The responsible unit for a case: the most specific matching rule's, else the category's default
   * unit; empty when neither exists (the command centre chooses by hand).
   */
  public static Optional<String> route(
      Collection<RoutingRule> rules,
      CategoryCode caseCategory,
      GridCode caseGrid,
      String defaultUnit) {
    return rules.stream()
        .filter(rule -> rule.matches(caseCategory, caseGrid))
        .max(Comparator.comparingInt(RoutingRule::specificity))
        .map(RoutingRule::unitCode)
        .or(() -> Optional.ofNullable(defaultUnit).filter(unit -> !unit.isBlank()));
  }
}
