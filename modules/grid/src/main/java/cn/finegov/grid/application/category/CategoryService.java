package cn.finegov.grid.application.category;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.domain.model.category.CaseStage;
import cn.finegov.grid.domain.model.category.Category;
import cn.finegov.grid.domain.model.category.CategoryCatalogue;
import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.category.CategoryRepository;
import cn.finegov.grid.domain.model.category.LimitText;
import cn.finegov.grid.domain.model.category.TimeLimits;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.calendar.DeadlineRule;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.security.ActorContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Administration of the categories (立结案标准): read with {@code grid.reference.read}, create and
 * change with {@code grid.reference.manage}. Every change is audited with the values before and
 * after. Categories are never deleted (cases refer to them): they are deactivated.
 */
@ApplicationScoped
@Transactional
public class CategoryService {

  @Inject private CategoryRepository categories;
  @Inject private CategoryCatalogue catalogue;
  @Inject private OrganisationDirectory directory;
  @Inject private ActorContext actors;
  @Inject private AuditLog audit;

  /** Every category, active or not, components before events, in code order. */
  public List<CategoryView> categories() {
    actors.requirePermission(GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE);
    return categories.all().stream().map(CategoryViews::view).toList();
  }

  /**
   * One category by its one-list code ({@code E0101}).
   *
   * @throws DomainException {@code NOT_FOUND} {@code grid.category.not-found}
   */
  public CategoryView category(String code) {
    actors.requirePermission(GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE);
    return CategoryViews.view(stored(code));
  }

  /**
   * A new category.
   *
   * @throws ValidationException every invalid field
   * @throws DomainException {@code CONFLICT} {@code grid.category.exists}
   */
  public CategoryView create(CategoryDraft draft) {
    actors.requirePermission(GridModule.REFERENCE_MANAGE);
    CategoryCode code;
    try {
      code = CategoryCode.parse(draft.code());
    } catch (DomainException e) {
      throw ValidationException.of("code", e.messageKey(), e.arguments());
    }
    Checked checked = check(draft);
    if (categories.find(code).isPresent()) {
      throw DomainException.conflict("grid.category.exists", code.qualified());
    }
    Category category =
        new Category(
            code,
            draft.majorName(),
            draft.name(),
            draft.nameEn(),
            checked.limits(),
            draft.defaultUnit(),
            draft.publicService());
    category.activate(draft.active());
    categories.store(category);
    catalogue.changed();
    audit.record(
        CategoryReferenceData.ENTITY,
        code.qualified(),
        "CREATE",
        Map.of(),
        CategoryViews.auditValues(category));
    return CategoryViews.view(category);
  }

  /**
   * Changes names, limits, default unit, public flag and whether it is in use.
   *
   * @throws ValidationException every invalid field
   * @throws DomainException {@code NOT_FOUND}; {@code CONFLICT} {@code grid.category.stale} when
   *     the draft names an older version
   */
  public CategoryView change(String code, CategoryDraft draft) {
    actors.requirePermission(GridModule.REFERENCE_MANAGE);
    Category category = stored(code);
    Checked checked = check(draft);
    if (draft.version() != null && draft.version() != category.version()) {
      throw DomainException.conflict("grid.category.stale", category.code().qualified());
    }
    catalogue.changed();
    Map<String, Object> before = CategoryViews.auditValues(category);
    category.describe(draft.majorName(), draft.name(), draft.nameEn());
    category.limit(checked.limits());
    category.assignTo(draft.defaultUnit());
    category.offerToThePublic(draft.publicService());
    category.activate(draft.active());
    Map<String, Object> after = CategoryViews.auditValues(category);
    if (!before.equals(after)) {
      audit.record(
          CategoryReferenceData.ENTITY, category.code().qualified(), "UPDATE", before, after);
    }
    return CategoryViews.view(category);
  }

  /**
   * Changes one stage's limit (the screen's cell edit).
   *
   * @throws ValidationException for an unreadable limit
   */
  public CategoryView changeLimit(String code, CaseStage stage, String limit) {
    actors.requirePermission(GridModule.REFERENCE_MANAGE);
    Category category = stored(code);
    Map<CaseStage, DeadlineRule> limits = new EnumMap<>(category.limits().asMap());
    try {
      limits.put(stage, LimitText.parse(stage, limit));
    } catch (DomainException e) {
      throw ValidationException.of("limits." + stage.name(), e.messageKey(), e.arguments());
    }
    catalogue.changed();
    Map<String, Object> before = CategoryViews.auditValues(category);
    category.limit(TimeLimits.of(limits));
    Map<String, Object> after = CategoryViews.auditValues(category);
    if (!before.equals(after)) {
      audit.record(
          CategoryReferenceData.ENTITY, category.code().qualified(), "UPDATE", before, after);
    }
    return CategoryViews.view(category);
  }

  private Category stored(String code) {
    CategoryCode parsed;
    try {
      parsed = CategoryCode.parse(code);
    } catch (DomainException e) {
      throw DomainException.notFound("grid.category.not-found", String.valueOf(code));
    }
    return categories
        .find(parsed)
        .orElseThrow(() -> DomainException.notFound("grid.category.not-found", parsed.qualified()));
  }

  private record Checked(TimeLimits limits) {}

  /** Checks every field at once, so that a form shows every problem. */
  private Checked check(CategoryDraft draft) {
    ValidationException.Collector errors = new ValidationException.Collector();
    errors.required("majorName", draft.majorName());
    errors.required("name", draft.name());
    errors.maxLength("majorName", strip(draft.majorName()), Category.MAX_NAME);
    errors.maxLength("name", strip(draft.name()), Category.MAX_NAME);
    errors.maxLength("nameEn", strip(draft.nameEn()), Category.MAX_NAME);
    Map<CaseStage, DeadlineRule> limits = new EnumMap<>(CaseStage.class);
    Map<String, String> given = draft.limits() == null ? Map.of() : draft.limits();
    for (CaseStage stage : CaseStage.values()) {
      String text = given.get(stage.name());
      if (text == null || text.isBlank()) {
        errors.add("limits." + stage.name(), "grid.limits.missing", LimitText.label(stage));
        continue;
      }
      try {
        limits.put(stage, LimitText.parse(stage, text));
      } catch (DomainException e) {
        errors.add("limits." + stage.name(), e.messageKey(), e.arguments());
      }
    }
    for (String stage : given.keySet()) {
      if (!isStage(stage)) {
        errors.add("limits." + stage, "grid.category.limit-stage", stage);
      }
    }
    String unit = strip(draft.defaultUnit());
    if (unit != null && !unit.isEmpty() && directory.findByCode(unit).isEmpty()) {
      errors.add("defaultUnit", "grid.category.unit-unknown", unit);
    }
    errors.throwIfAny();
    return new Checked(TimeLimits.of(limits));
  }

  private static boolean isStage(String name) {
    for (CaseStage stage : CaseStage.values()) {
      if (stage.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }
}
