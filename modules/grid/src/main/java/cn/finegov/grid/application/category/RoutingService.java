package cn.finegov.grid.application.category;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.domain.model.category.Category;
import cn.finegov.grid.domain.model.category.CategoryCatalogue;
import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.category.CategoryRepository;
import cn.finegov.grid.domain.model.category.RoutingRule;
import cn.finegov.grid.domain.model.category.RoutingRuleEntry;
import cn.finegov.grid.domain.model.category.RoutingRuleRepository;
import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.ActorContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Administration of the routing rules (派遣规则: category × grid → unit): read with {@code
 * grid.reference.read}, add, change and remove with {@code grid.reference.manage}, each change
 * audited; and where a case would go.
 */
@ApplicationScoped
@Transactional
public class RoutingService {

  static final String ENTITY = "RoutingRule";

  @Inject private RoutingRuleRepository rules;
  @Inject private CategoryRepository categories;
  @Inject private CategoryCatalogue catalogue;
  @Inject private OrganisationDirectory directory;
  @Inject private ActorContext actors;
  @Inject private AuditLog audit;

  /** Every rule, those of a category first. */
  public List<RoutingRuleView> rules() {
    actors.requirePermission(GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE);
    return rules.all().stream().map(this::view).toList();
  }

  /**
   * A new rule.
   *
   * @throws ValidationException every invalid field
   * @throws DomainException {@code CONFLICT} {@code grid.routing.exists} for a second rule of the
   *     same category and grid
   */
  public RoutingRuleView add(RoutingRuleDraft draft) {
    actors.requirePermission(GridModule.REFERENCE_MANAGE);
    RoutingRule rule = check(draft);
    refuseTwin(rule, null);
    RoutingRuleEntry entry = rules.store(new RoutingRuleEntry(rule));
    audit.record(ENTITY, String.valueOf(entry.id()), "CREATE", Map.of(), auditValues(rule));
    return view(entry);
  }

  /** Changes a rule. */
  public RoutingRuleView change(long id, RoutingRuleDraft draft) {
    actors.requirePermission(GridModule.REFERENCE_MANAGE);
    RoutingRuleEntry entry = stored(id);
    RoutingRule rule = check(draft);
    if (draft.version() != null && draft.version() != entry.version()) {
      throw DomainException.conflict("grid.routing.stale", id);
    }
    refuseTwin(rule, id);
    RoutingRule before = entry.rule();
    entry.change(rule);
    if (!before.equals(rule)) {
      audit.record(ENTITY, String.valueOf(id), "UPDATE", auditValues(before), auditValues(rule));
    }
    return view(entry);
  }

  /** Removes a rule; cases already dispatched keep their unit. */
  public void remove(long id) {
    actors.requirePermission(GridModule.REFERENCE_MANAGE);
    RoutingRuleEntry entry = stored(id);
    RoutingRule before = entry.rule();
    rules.remove(entry);
    audit.record(ENTITY, String.valueOf(id), "DELETE", auditValues(before), Map.of());
  }

  /**
   * Where a case of {@code category} in {@code grid} would go: the most specific rule, else the
   * category's default unit, else nobody (the command centre chooses).
   */
  public RouteView route(String category, String grid) {
    actors.requirePermission(GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE);
    ValidationException.Collector errors = new ValidationException.Collector();
    CategoryCode code = null;
    GridCode gridCode = null;
    try {
      code = CategoryCode.parse(category);
    } catch (DomainException e) {
      errors.add("category", e.messageKey(), e.arguments());
    }
    if (grid != null && !grid.isBlank()) {
      try {
        gridCode = GridCode.of(grid);
      } catch (DomainException e) {
        errors.add("grid", e.messageKey(), e.arguments());
      }
    }
    errors.throwIfAny();
    return new RouteView(
        code.qualified(),
        gridCode == null ? null : gridCode.value(),
        catalogue.route(code, gridCode).orElse(null));
  }

  private RoutingRuleEntry stored(long id) {
    return rules.find(id).orElseThrow(() -> DomainException.notFound("grid.routing.not-found", id));
  }

  private void refuseTwin(RoutingRule rule, Long self) {
    for (RoutingRuleEntry other : rules.all()) {
      RoutingRule existing = other.rule();
      if (!other.id().equals(self)
          && java.util.Objects.equals(existing.category(), rule.category())
          && java.util.Objects.equals(existing.grid(), rule.grid())) {
        throw DomainException.conflict(
            "grid.routing.exists",
            rule.category() == null ? "*" : rule.category().qualified(),
            rule.grid() == null ? "*" : rule.grid().value());
      }
    }
  }

  private RoutingRule check(RoutingRuleDraft draft) {
    ValidationException.Collector errors = new ValidationException.Collector();
    CategoryCode category = null;
    GridCode grid = null;
    if (draft.category() != null && !draft.category().isBlank()) {
      try {
        category = CategoryCode.parse(draft.category());
        if (categories.find(category).isEmpty()) {
          errors.add("category", "grid.category.not-found", category.qualified());
        }
      } catch (DomainException e) {
        errors.add("category", e.messageKey(), e.arguments());
      }
    }
    if (draft.grid() != null && !draft.grid().isBlank()) {
      try {
        grid = GridCode.of(draft.grid());
      } catch (DomainException e) {
        errors.add("grid", e.messageKey(), e.arguments());
      }
    }
    String unit = draft.unitCode() == null ? "" : draft.unitCode().strip();
    if (unit.isEmpty()) {
      errors.add("unitCode", "grid.case.unit-required");
    } else if (directory.findByCode(unit).isEmpty()) {
      errors.add("unitCode", "grid.category.unit-unknown", unit);
    }
    boolean categoryGiven = draft.category() != null && !draft.category().isBlank();
    boolean gridGiven = draft.grid() != null && !draft.grid().isBlank();
    if (!categoryGiven && !gridGiven) {
      errors.add("category", "grid.routing.too-wide");
    }
    errors.throwIfAny();
    return new RoutingRule(category, grid, unit);
  }

  private RoutingRuleView view(RoutingRuleEntry entry) {
    RoutingRule rule = entry.rule();
    return new RoutingRuleView(
        entry.id(),
        entry.version(),
        rule.category() == null ? null : rule.category().qualified(),
        rule.category() == null
            ? null
            : categories.find(rule.category()).map(Category::name).orElse(null),
        rule.grid() == null ? null : rule.grid().value(),
        rule.unitCode(),
        directory.findByCode(rule.unitCode()).map(UnitSummary::name).orElse(null));
  }

  /** What the audit log keeps of a rule. */
  static Map<String, Object> auditValues(RoutingRule rule) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("category", rule.category() == null ? "*" : rule.category().qualified());
    values.put("grid", rule.grid() == null ? "*" : rule.grid().value());
    values.put("unit", rule.unitCode());
    return values;
  }
}
