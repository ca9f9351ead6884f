package cn.finegov.grid.interfaces.web.category;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.application.category.CategoryDraft;
import cn.finegov.grid.application.category.CategoryService;
import cn.finegov.grid.application.category.CategoryView;
import cn.finegov.grid.application.category.RouteView;
import cn.finegov.grid.application.category.RoutingRuleDraft;
import cn.finegov.grid.application.category.RoutingRuleView;
import cn.finegov.grid.application.category.RoutingService;
import cn.finegov.grid.domain.model.category.CaseStage;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.interfaces.web.DisplaySettings;
import cn.finegov.kernel.interfaces.web.Faces;
import cn.finegov.kernel.interfaces.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The categories (time limits, default unit, public flag) and routing rules screen. */
@Named("gridCategories")
@ViewScoped
public class CategoriesBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient CategoryService categoryService;
  @Inject private transient RoutingService routing;
  @Inject private transient ActorContext actors;
  @Inject private transient MessageSource messages;
  @Inject private transient Faces faces;
  @Inject private transient DisplaySettings display;

  private List<CategoryView> categories;
  private List<RoutingRuleView> rules;
  private String filterText;

  private boolean creating;
  private String code;
  private String majorName;
  private String name;
  private String nameEn;
  private Map<String, String> limits = new LinkedHashMap<>();
  private String defaultUnit;
  private boolean publicService;
  private boolean active = true;
  private Long version;

  private String ruleCategory;
  private String ruleGrid;
  private String ruleUnit;

  private String tryCategory;
  private String tryGrid;
  private String tryResult;

  @PostConstruct
  void load() {
    categories = categoryService.categories();
    rules = routing.rules();
  }

  public boolean isManager() {
    return actors.current().hasPermission(GridModule.REFERENCE_MANAGE);
  }

  /** The categories matching the filter text (code or name). */
  public List<CategoryView> getCategories() {
    if (filterText == null || filterText.isBlank()) {
      return categories;
    }
    String wanted = filterText.strip().toLowerCase(Locale.ROOT);
    return categories.stream()
        .filter(
            c ->
                c.code().toLowerCase(Locale.ROOT).contains(wanted)
                    || c.name().contains(wanted)
                    || c.majorName().contains(wanted)
                    || (c.nameEn() != null && c.nameEn().toLowerCase(Locale.ROOT).contains(wanted)))
        .toList();
  }

  public List<RoutingRuleView> getRules() {
    return rules;
  }

  public List<String> getStages() {
    return java.util.Arrays.stream(CaseStage.values()).map(Enum::name).toList();
  }

  public void startCreate() {
    creating = true;
    code = null;
    majorName = null;
    name = null;
    nameEn = null;
    limits = new LinkedHashMap<>();
    for (CaseStage stage : CaseStage.values()) {
      limits.put(stage.name(), stage == CaseStage.HANDLE ? "1wd" : "1h");
    }
    defaultUnit = null;
    publicService = true;
    active = true;
    version = null;
  }

  public void startEdit(CategoryView category) {
    creating = false;
    code = category.code();
    majorName = category.majorName();
    name = category.name();
    nameEn = category.nameEn();
    limits = new LinkedHashMap<>(category.limits());
    defaultUnit = category.defaultUnit();
    publicService = category.publicService();
    active = category.active();
    version = category.version();
  }

  public void save() {
    CategoryDraft draft =
        new CategoryDraft(
            code, majorName, name, nameEn, limits, defaultUnit, publicService, active, version);
    CategoryView saved =
        faces.attempt(
            () -> creating ? categoryService.create(draft) : categoryService.change(code, draft));
    if (saved != null) {
      faces.info("grid.category.saved", saved.code());
      load();
      PrimeFaces.current().executeScript("PF('categoryDialog').hide()");
    }
  }

  public void addRule() {
    RoutingRuleView added =
        faces.attempt(
            () -> routing.add(new RoutingRuleDraft(ruleCategory, ruleGrid, ruleUnit, null)));
    if (added != null) {
      faces.info("grid.routing.added");
      ruleCategory = null;
      ruleGrid = null;
      ruleUnit = null;
      load();
    }
  }

  public void removeRule(RoutingRuleView rule) {
    if (faces.attempt(() -> routing.remove(rule.id()))) {
      faces.info("grid.routing.removed");
      load();
    }
  }

  public void tryRoute() {
    RouteView route = faces.attempt(() -> routing.route(tryCategory, tryGrid));
    if (route != null) {
      Locale locale = Messages.locale();
      tryResult =
          route.unitCode() == null
              ? messages.get(locale, "grid.routing.try-none")
              : messages.get(locale, "grid.routing.try-result", route.unitCode());
    }
  }

  public StreamedContent getExport() {
    List<CategoryView> rows = categories;
    Locale locale = Messages.locale();
    ExcelTable<CategoryView> table =
        ExcelTable.<CategoryView>sheet("categories", display.zone())
            .column(messages.get(locale, "grid.category.col.code"), CategoryView::code, 8)
            .column(
                messages.get(locale, "grid.category.col.kind"),
                c -> messages.get(locale, "grid.category.kind." + c.kind()),
                8)
            .column(messages.get(locale, "grid.category.col.major"), CategoryView::majorName, 12)
            .column(messages.get(locale, "grid.category.col.name"), CategoryView::name, 18)
            .column(messages.get(locale, "grid.category.col.name-en"), CategoryView::nameEn, 24);
    for (CaseStage stage : CaseStage.values()) {
      table.column(
          messages.get(locale, "grid.stage." + stage.name()), c -> c.limit(stage.name()), 8);
    }
    table
        .column(
            messages.get(locale, "grid.category.col.default-unit"), CategoryView::defaultUnit, 14)
        .column(
            messages.get(locale, "grid.category.col.public"),
            c ->
                messages.get(
                    locale, c.publicService() ? "grid.category.ui-yes" : "grid.category.ui-no"),
            8)
        .column(
            messages.get(locale, "grid.category.col.active"),
            c -> messages.get(locale, c.active() ? "grid.category.ui-yes" : "grid.category.ui-no"),
            8);
    return DefaultStreamedContent.builder()
        .name("categories.xlsx")
        .contentType(ExcelTable.CONTENT_TYPE)
        .writer(Faces.writer(out -> table.write(rows, out)))
        .build();
  }

  // --- form fields ---

  public String getFilterText() {
    return filterText;
  }

  public void setFilterText(String filterText) {
    this.filterText = filterText;
  }

  public boolean isCreating() {
    return creating;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getMajorName() {
    return majorName;
  }

  public void setMajorName(String majorName) {
    this.majorName = majorName;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public Map<String, String> getLimits() {
    return limits;
  }

  public String getDefaultUnit() {
    return defaultUnit;
  }

  public void setDefaultUnit(String defaultUnit) {
    this.defaultUnit = defaultUnit;
  }

  public boolean isPublicService() {
    return publicService;
  }

  public void setPublicService(boolean publicService) {
    this.publicService = publicService;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getRuleCategory() {
    return ruleCategory;
  }

  public void setRuleCategory(String ruleCategory) {
    this.ruleCategory = ruleCategory;
  }

  public String getRuleGrid() {
    return ruleGrid;
  }

  public void setRuleGrid(String ruleGrid) {
    this.ruleGrid = ruleGrid;
  }

  public String getRuleUnit() {
    return ruleUnit;
  }

  public void setRuleUnit(String ruleUnit) {
    this.ruleUnit = ruleUnit;
  }

  public String getTryCategory() {
    return tryCategory;
  }

  public void setTryCategory(String tryCategory) {
    this.tryCategory = tryCategory;
  }

  public String getTryGrid() {
    return tryGrid;
  }

  public void setTryGrid(String tryGrid) {
    this.tryGrid = tryGrid;
  }

  public String getTryResult() {
    return tryResult;
  }
}
