package cn.finegov.grid.application.category;

import cn.finegov.grid.domain.model.category.CaseStage;
import cn.finegov.grid.domain.model.category.Category;
import cn.finegov.grid.domain.model.category.LimitText;
import java.util.LinkedHashMap;
import java.util.Map;

/** Views and audit values of categories. */
final class CategoryViews {

  private CategoryViews() {}

  static CategoryView view(Category category) {
    return new CategoryView(
        category.id(),
        category.version(),
        category.code().qualified(),
        category.code().kind().name(),
        category.code().majorCode(),
        category.majorName(),
        category.name(),
        category.givenNameEn().orElse(null),
        limits(category),
        category.defaultUnit().orElse(null),
        category.publicService(),
        category.active());
  }

  static Map<String, String> limits(Category category) {
    Map<String, String> limits = new LinkedHashMap<>();
    for (CaseStage stage : CaseStage.values()) {
      limits.put(stage.name(), LimitText.format(category.limits().of(stage)));
    }
    return limits;
  }

  /** What the audit log keeps of a category. */
  static Map<String, Object> auditValues(Category category) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("majorName", category.majorName());
    values.put("name", category.name());
    values.put("nameEn", category.givenNameEn().orElse(""));
    values.put("limits", limits(category).toString());
    values.put("defaultUnit", category.defaultUnit().orElse(""));
    values.put("public", category.publicService());
    values.put("active", category.active());
    return values;
  }

  /** Audit values of a category loaded from a file, naming the file. */
  static Map<String, Object> auditValues(Category category, String source) {
    Map<String, Object> values = auditValues(category);
    values.put("source", source);
    return values;
  }
}
