package cn.finegov.grid.application.component;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.domain.model.category.CaseKind;
import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.category.ComponentId;
import cn.finegov.grid.domain.model.component.CityComponent;
import cn.finegov.grid.domain.model.component.ComponentFilter;
import cn.finegov.grid.domain.model.component.ComponentRepository;
import cn.finegov.grid.domain.model.component.ComponentState;
import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.grid.domain.model.grid.GridLocator;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.AccessDeniedException;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The component inventory. Reading needs {@code grid.reference.read} (reference data of the whole
 * city); registering, changing and importing need {@code grid.reference.manage} and the competent
 * department in the actor's scope. An id's category must be an active component category of the
 * catalogue. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class ComponentService {

  static final String ENTITY = "Component";

  /** Most rows an import takes. */
  public static final int MAX_IMPORT_ROWS = 20_000;

  /** Most errors an import reports (the first ones in row order). */
  public static final int MAX_REPORTED_ERRORS = 200;

  @Inject ComponentRepository components;
  @Inject OrganisationDirectory directory;
  @Inject ActorContext actors;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Instance<GridLocator> locator;

  @Transactional(TxType.SUPPORTS)
  public long count(ComponentFilter filter) {
    readable();
    return components.count(filter);
  }

  @Transactional(TxType.SUPPORTS)
  public List<ComponentView> list(
      ComponentFilter filter, int first, int max, String sort, boolean ascending) {
    readable();
    Map<String, String> categories = components.categoryNames();
    Map<String, Optional<UnitSummary>> units = new HashMap<>();
    return components
        .list(filter, Math.max(0, first), Math.max(1, Math.min(max, 50_000)), sort, ascending)
        .stream()
        .map(c -> view(c, categories, units))
        .toList();
  }

  @Transactional(TxType.SUPPORTS)
  public ComponentView find(long id) {
    readable();
    return view(component(id), components.categoryNames(), new HashMap<>());
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<ComponentView> findById(String componentId) {
    readable();
    return components
        .find(ComponentId.of(componentId))
        .map(c -> view(c, components.categoryNames(), new HashMap<>()));
  }

  /** Component categories, code → "major / minor" name, for pickers. */
  @Transactional(TxType.SUPPORTS)
  public Map<String, String> categories() {
    readable();
    return components.categoryNames();
  }

  public ComponentView register(ComponentDraft draft) {
    Actor actor = actors.requirePermission(GridModule.REFERENCE_MANAGE);
    Checked checked = check(actor, draft, "", new HashMap<>());
    if (components.find(checked.id()).isPresent()) {
      throw DomainException.conflict("grid.component.id-taken", checked.id().value());
    }
    CityComponent component =
        components.store(CityComponent.register(checked.id(), checked.values(), clock.instant()));
    components.flush();
    audit.record(ENTITY, checked.id().value(), "CREATE", Map.of(), component.auditValues());
    return view(component, components.categoryNames(), new HashMap<>());
  }

  public ComponentView change(long id, long version, ComponentDraft draft) {
    Actor actor = actors.requirePermission(GridModule.REFERENCE_MANAGE);
    CityComponent component = component(id);
    requireScope(actor, component.competentUnit());
    if (component.version() != version) {
      throw DomainException.conflict("grid.component.stale");
    }
    if (draft != null
        && draft.componentId() != null
        && !draft.componentId().isBlank()
        && !draft.componentId().strip().equals(component.componentId().value())) {
      throw ValidationException.of("componentId", "grid.component.id-fixed");
    }
    CityComponent.Values values = values(actor, draft, "", new ArrayList<>(), true);
    Map<String, Object> before = component.auditValues();
    component.describe(values, clock.instant());
    audit.record(
        ENTITY, component.componentId().value(), "UPDATE", before, component.auditValues());
    return view(component, components.categoryNames(), new HashMap<>());
  }

  /**
   * Imports rows (numbered as in the file): new ids are registered, known ids changed. Every row is
   * checked first; if any is bad, nothing is stored and every bad field is reported as {@code row
   * <n>.<field>}.
   *
   * @throws ValidationException with the bad rows
   */
  public ImportResult importRows(List<NumberedDraft> rows) {
    return importRows(new ComponentFiles.Parsed(rows, List.of()));
  }

  /** Imports what a file gave, including the cells it could not read. */
  public ImportResult importRows(ComponentFiles.Parsed parsed) {
    Actor actor = actors.requirePermission(GridModule.REFERENCE_MANAGE);
    List<NumberedDraft> rows = parsed.rows();
    if (rows.isEmpty() && parsed.errors().isEmpty()) {
      throw ValidationException.of("file", "grid.component.import.empty");
    }
    if (rows.size() > MAX_IMPORT_ROWS) {
      throw ValidationException.of("file", "grid.component.import.too-many", MAX_IMPORT_ROWS);
    }
    Set<String> givenIds = new HashSet<>();
    for (NumberedDraft row : rows) {
      if (row.draft().componentId() != null && !row.draft().componentId().isBlank()) {
        givenIds.add(row.draft().componentId().strip());
      }
    }
    Set<String> known = components.existing(givenIds);
    Map<String, Integer> nextSequence = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    List<FieldError> errors = new ArrayList<>(parsed.errors());
    List<Checked> checked = new ArrayList<>();
    for (NumberedDraft row : rows) {
      String prefix = "row " + row.number() + ".";
      int before = errors.size();
      try {
        Checked one = check(actor, row.draft(), prefix, nextSequence);
        Integer first = seen.putIfAbsent(one.id().value(), row.number());
        if (first != null) {
          errors.add(
              new FieldError(
                  prefix + "componentId", "grid.component.import.twice", one.id().value(), first));
        } else if (errors.size() == before) {
          checked.add(one);
        }
      } catch (ValidationException invalid) {
        errors.addAll(invalid.errors());
      } catch (DomainException refused) {
        errors.add(new FieldError(prefix + "row", refused.messageKey(), refused.arguments()));
      }
      if (errors.size() >= MAX_REPORTED_ERRORS) {
        break;
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    Instant now = clock.instant();
    for (Checked one : checked) {
      if (known.contains(one.id().value())) {
        CityComponent component = components.find(one.id()).orElseThrow();
        requireScope(actor, component.competentUnit());
        if (component.values().equals(one.values())) {
          unchanged++;
        } else {
          Map<String, Object> before = component.auditValues();
          component.describe(one.values(), now);
          audit.record(ENTITY, one.id().value(), "IMPORT", before, component.auditValues());
          updated++;
        }
      } else {
        CityComponent component =
            components.store(CityComponent.register(one.id(), one.values(), now));
        audit.record(ENTITY, one.id().value(), "IMPORT", Map.of(), component.auditValues());
        created++;
      }
    }
    return new ImportResult(rows.size(), created, updated, unchanged);
  }

  /** A row of an import with its number in the file (1-based, header row included). */
  public record NumberedDraft(int number, ComponentDraft draft) {}

  private record Checked(ComponentId id, CityComponent.Values values) {}

  private Checked check(
      Actor actor, ComponentDraft draft, String prefix, Map<String, Integer> nextSequence) {
    if (draft == null) {
      throw ValidationException.of("body", "validation.body-required");
    }
    List<FieldError> errors = new ArrayList<>();
    CityComponent.Values values = null;
    try {
      values = values(actor, draft, prefix, errors, false);
    } catch (ValidationException invalid) {
      errors.addAll(invalid.errors());
    }
    ComponentId id = null;
    try {
      id = componentId(draft, values, prefix, nextSequence);
    } catch (ValidationException invalid) {
      errors.addAll(invalid.errors());
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new Checked(id, values);
  }

  private ComponentId componentId(
      ComponentDraft draft,
      CityComponent.Values values,
      String prefix,
      Map<String, Integer> nextSequence) {
    String given = draft.componentId() == null ? "" : draft.componentId().strip();
    ComponentId id;
    if (!given.isEmpty()) {
      try {
        id = ComponentId.of(given);
      } catch (DomainException invalid) {
        throw ValidationException.of(
            prefix + "componentId", invalid.messageKey(), invalid.arguments());
      }
      if (!components.isComponentCategory(id.category())) {
        throw ValidationException.of(
            prefix + "componentId", "grid.component.category-unknown", id.category().code());
      }
      return id;
    }
    CategoryCode category = category(draft.category(), prefix);
    String district = draft.district() == null ? null : draft.district().strip();
    if ((district == null || district.isEmpty()) && values != null && values.gridCode() != null) {
      district = values.gridCode().substring(0, 6);
    }
    if (district == null || !district.matches("[0-9]{6}") || district.equals("000000")) {
      throw ValidationException.of(
          prefix + "district", "grid.component.district", district == null ? "" : district);
    }
    String key = district + category.code();
    int next =
        nextSequence.computeIfAbsent(key, k -> 0) > 0
            ? nextSequence.get(key)
            : components.lastSequence(district, category) + 1;
    nextSequence.put(key, next + 1);
    try {
      return ComponentId.of(district, category, next);
    } catch (DomainException invalid) {
      throw ValidationException.of(
          prefix + "componentId", invalid.messageKey(), invalid.arguments());
    }
  }

  private CategoryCode category(String text, String prefix) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty()) {
      throw ValidationException.of(prefix + "category", "grid.component.category-required");
    }
    CategoryCode code;
    try {
      code =
          value.length() == 5
              ? CategoryCode.parse(value)
              : CategoryCode.of(CaseKind.COMPONENT, value);
    } catch (DomainException invalid) {
      throw ValidationException.of(prefix + "category", invalid.messageKey(), invalid.arguments());
    }
    if (!components.isComponentCategory(code)) {
      throw ValidationException.of(
          prefix + "category", "grid.component.category-unknown", code.code());
    }
    return code;
  }

  private CityComponent.Values values(
      Actor actor,
      ComponentDraft draft,
      String prefix,
      List<FieldError> collected,
      boolean throwNow) {
    if (draft == null) {
      throw ValidationException.of("body", "validation.body-required");
    }
    CityComponent.Values values;
    try {
      values =
          CityComponent.checked(
              draft.name(),
              draft.competentUnit(),
              draft.ownerName(),
              draft.maintainerName(),
              draft.gridCode(),
              draft.latitude(),
              draft.longitude(),
              draft.state(),
              draft.note(),
              draft.active());
    } catch (ValidationException invalid) {
      throw prefixed(invalid, prefix);
    }
    Optional<UnitSummary> unit = directory.findByCode(values.competentUnit());
    if (unit.isEmpty()) {
      throw ValidationException.of(
          prefix + "competentUnit", "grid.component.unit-unknown", values.competentUnit());
    }
    if (!actor.scope().covers(unit.get().path())) {
      throw ValidationException.of(
          prefix + "competentUnit", "grid.component.unit-outside", values.competentUnit());
    }
    String grid = values.gridCode();
    if (locator.isResolvable()) {
      GridLocator grids = locator.get();
      if (grid != null && grids.find(GridCode.of(grid)).isEmpty()) {
        throw ValidationException.of(prefix + "gridCode", "grid.component.grid-unknown", grid);
      }
      if (grid == null) {
        grid = grids.locate(values.place()).map(p -> p.unitGrid().value()).orElse(null);
      }
    }
    return new CityComponent.Values(
        values.name(),
        values.competentUnit(),
        values.ownerName(),
        values.maintainerName(),
        grid,
        values.place(),
        values.state(),
        values.note(),
        values.active());
  }

  private static ValidationException prefixed(ValidationException invalid, String prefix) {
    if (prefix.isEmpty()) {
      return invalid;
    }
    return new ValidationException(
        invalid.errors().stream()
            .map(e -> new FieldError(prefix + e.field(), e.messageKey(), e.arguments()))
            .toList());
  }

  private void readable() {
    actors.requirePermission(GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE);
  }

  private CityComponent component(long id) {
    return components
        .find(id)
        .orElseThrow(() -> DomainException.notFound("grid.component.not-found", id));
  }

  private void requireScope(Actor actor, String unitCode) {
    Optional<UnitSummary> unit = directory.findByCode(unitCode);
    if (unit.isPresent() && !actor.scope().covers(unit.get().path())) {
      throw new AccessDeniedException(false);
    }
  }

  /** Whether a component with this database id exists (for the photo policy). */
  @Transactional(TxType.SUPPORTS)
  public boolean exists(long id) {
    return components.find(id).isPresent();
  }

  /** Whether {@code actor} may change the component (for the photo policy). */
  @Transactional(TxType.SUPPORTS)
  public boolean mayChange(Actor actor, long id) {
    if (!actor.hasPermission(GridModule.REFERENCE_MANAGE)) {
      return false;
    }
    return components
        .find(id)
        .map(
            c ->
                directory
                    .findByCode(c.competentUnit())
                    .map(u -> actor.scope().covers(u.path()))
                    .orElse(true))
        .orElse(false);
  }

  private ComponentView view(
      CityComponent c, Map<String, String> categories, Map<String, Optional<UnitSummary>> units) {
    String unitName =
        units
            .computeIfAbsent(c.competentUnit(), directory::findByCode)
            .map(u -> u.shortName() == null ? u.name() : u.shortName())
            .orElse(c.competentUnit());
    return new ComponentView(
        c.id(),
        c.version(),
        c.componentId().value(),
        c.category().code(),
        categories.get(c.category().code()),
        c.name(),
        c.competentUnit(),
        unitName,
        c.ownerName(),
        c.maintainerName(),
        c.gridCode(),
        c.place().latitude(),
        c.place().longitude(),
        c.state().name(),
        c.note(),
        c.active(),
        c.changedAt());
  }

  /** The states, for pickers. */
  public static List<ComponentState> states() {
    return List.of(ComponentState.values());
  }
}
