package cn.finegov.grid.application.grid;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.domain.model.grid.Grid;
import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.grid.domain.model.grid.GridLevel;
import cn.finegov.grid.domain.model.grid.GridLocator;
import cn.finegov.grid.domain.model.grid.GridRepository;
import cn.finegov.grid.domain.model.grid.GridShape;
import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.export.XlsxRows;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.text.JsonTexts;
import cn.finegov.kernel.api.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and maintains the grid tree. Every grid with the reference-read permission can be read by
 * any holder (the tree is the city's shared reference, and maps show it whole); changing a grid
 * needs the reference-manage permission and the grid's owning unit in the actor's scope, before and
 * after the change. Imports check every row first and store nothing when one is wrong.
 */
@ApplicationScoped
@Transactional
public class GridTreeService {

  static final String ENTITY = "Grid";

  /** Most features or rows of one import. */
  public static final int MAX_IMPORT = 5_000;

  @Inject GridRepository grids;
  @Inject GridLocator locator;
  @Inject AuditLog audit;
  @Inject ActorContext actors;
  @Inject OrganisationDirectory organisation;
  @Inject MessageSource messages;
  @Inject Clock clock;

  /** Grids by code: the children of {@code parentCode} and/or of {@code level}, both optional. */
  public List<GridView> list(String parentCode, String level) {
    actors.requirePermission(GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE);
    ValidationException.Collector errors = new ValidationException.Collector();
    Optional<GridCode> parent = Optional.empty();
    if (Texts.strippedOrNull(parentCode) != null) {
      try {
        parent = Optional.of(GridCode.of(parentCode));
      } catch (DomainException invalid) {
        errors.add("parent", invalid.messageKey(), invalid.arguments());
      }
    }
    Optional<GridLevel> wanted = Optional.empty();
    if (Texts.strippedOrNull(level) != null) {
      wanted = levelOf(level);
      if (wanted.isEmpty()) {
        errors.add("level", "grid.tree.level-invalid", level);
      }
    }
    errors.throwIfAny();
    return grids.list(parent, wanted).stream().map(GridView::of).toList();
  }

  /** One grid. */
  public GridView get(String code) {
    actors.requirePermission(GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE);
    return GridView.of(found(code));
  }

  /**
   * The active unit grid a place lies in.
   *
   * @throws DomainException 400 for a missing or impossible place, 404 when no grid holds it
   */
  public GridLocator.GridPlace locate(Double latitude, Double longitude) {
    actors.requirePermission(GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE);
    if (latitude == null || longitude == null) {
      throw ValidationException.of(latitude == null ? "lat" : "lon", "validation.required");
    }
    return locator
        .locate(GeoPoint.of(latitude, longitude))
        .orElseThrow(() -> DomainException.notFound("grid.tree.no-grid-at", latitude, longitude));
  }

  /** Creates a grid below its (existing, active) parent. */
  public GridView create(GridDraft draft) {
    Actor actor = actors.requirePermission(GridModule.REFERENCE_MANAGE);
    Prepared prepared = prepare(draft, "", Map.of());
    if (grids.find(prepared.code()).isPresent()) {
      throw DomainException.conflict("grid.tree.code-taken", prepared.code().value());
    }
    requireInScope(actor, prepared.unit());
    return GridView.of(createGrid(prepared, clock.instant()));
  }

  /** Changes name, owning unit, outline and whether the grid is in use. */
  public GridView update(String code, GridChange change) {
    Actor actor = actors.requirePermission(GridModule.REFERENCE_MANAGE);
    Grid grid = found(code);
    if (grid.version() != change.version()) {
      throw DomainException.conflict("grid.tree.stale", grid.code().value());
    }
    requireInScope(actor, organisation.findByCode(grid.unitCode()).orElse(null));
    ValidationException.Collector errors = new ValidationException.Collector();
    UnitSummary unit = unitOf(change.unitCode(), "unitCode", errors);
    GridShape outline = outlineOf(change.outline(), grid.level(), "outline", errors);
    errors.throwIfAny();
    requireInScope(actor, unit);
    if (change.active() && !grid.active()) {
      grid.parentCode()
          .flatMap(grids::find)
          .filter(parent -> !parent.active())
          .ifPresent(
              parent -> {
                throw DomainException.rule("grid.tree.parent-inactive", parent.code().value());
              });
    }
    if (!change.active() && grid.active()) {
      boolean activeChild =
          grids.list(Optional.of(grid.code()), Optional.empty()).stream().anyMatch(Grid::active);
      if (activeChild) {
        throw DomainException.rule("grid.tree.active-children", grid.code().value());
      }
    }
    updateGrid(grid, change.name(), unit.code(), outline, change.active(), clock.instant());
    return GridView.of(grid);
  }

  /**
   * Imports a GeoJSON FeatureCollection: one Feature per grid, properties {@code code}, {@code
   * name}, {@code unitCode} (optional {@code level}, {@code parentCode}), the outline as the
   * geometry. New codes are created, known ones updated. Every feature is checked before anything
   * is stored; one wrong feature refuses the whole file with the errors of every feature.
   */
  public ImportResult importGeoJson(String text) {
    Actor actor = actors.requirePermission(GridModule.REFERENCE_MANAGE);
    JsonObject collection;
    try (JsonReader reader = JsonTexts.reader(new StringReader(text == null ? "" : text))) {
      collection = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw ValidationException.of("file", "grid.tree.import.not-json");
    }
    JsonValue features = collection.get("features");
    if (!"FeatureCollection".equals(collection.getString("type", ""))
        || features == null
        || features.getValueType() != JsonValue.ValueType.ARRAY) {
      throw ValidationException.of("file", "grid.tree.import.not-collection");
    }
    List<GridDraft> drafts = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    int index = 0;
    for (JsonValue feature : features.asJsonArray()) {
      index++;
      labels.add("features[" + index + "]");
      drafts.add(featureDraft(feature));
    }
    return importDrafts(actor, drafts, labels);
  }

  /**
   * Imports an uploaded file: an Excel workbook (.xlsx, recognised by its zip signature) in the
   * columns of the Excel export, or else a GeoJSON FeatureCollection.
   */
  public ImportResult importFile(byte[] content) {
    if (content == null || content.length == 0) {
      throw ValidationException.of("file", "grid.tree.import.empty");
    }
    if (content.length > 1 && content[0] == 'P' && content[1] == 'K') {
      return importExcel(content);
    }
    return importGeoJson(new String(content, StandardCharsets.UTF_8));
  }

  /**
   * Imports the first sheet of a workbook in the columns of {@link GridSheet} (the export's header
   * row, in any order; {@code area} and {@code active} are ignored); errors name the row as Excel
   * numbers it. Same rules as {@link #importGeoJson}.
   */
  public ImportResult importExcel(byte[] workbook) {
    Actor actor = actors.requirePermission(GridModule.REFERENCE_MANAGE);
    List<XlsxRows.Row> rows;
    try {
      rows = XlsxRows.read(workbook);
    } catch (IOException | RuntimeException unreadable) {
      throw ValidationException.of("file", "grid.tree.import.not-excel");
    }
    if (rows.isEmpty()) {
      throw ValidationException.of("file", "grid.tree.import.empty");
    }
    XlsxRows.Row header = rows.get(0);
    Map<String, Integer> columns = new HashMap<>();
    header
        .cells()
        .forEach((column, title) -> columns.put(title.strip().toLowerCase(Locale.ROOT), column));
    if (!columns.containsKey(GridSheet.CODE.toLowerCase(Locale.ROOT))) {
      throw ValidationException.of("file", "grid.tree.import.header", header.number());
    }
    List<GridDraft> drafts = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (XlsxRows.Row row : rows.subList(1, rows.size())) {
      labels.add("row " + row.number());
      drafts.add(
          new GridDraft(
              cell(row, columns, GridSheet.CODE),
              cell(row, columns, GridSheet.PARENT_CODE),
              cell(row, columns, GridSheet.LEVEL),
              cell(row, columns, GridSheet.NAME),
              cell(row, columns, GridSheet.UNIT_CODE),
              cell(row, columns, GridSheet.OUTLINE)));
    }
    return importDrafts(actor, drafts, labels);
  }

  private static String cell(XlsxRows.Row row, Map<String, Integer> columns, String title) {
    Integer column = columns.get(title.toLowerCase(Locale.ROOT));
    return column == null ? null : row.cell(column);
  }

  private static GridDraft featureDraft(JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      return new GridDraft(null, null, null, null, null, null);
    }
    JsonObject feature = value.asJsonObject();
    JsonObject properties =
        feature.get("properties") instanceof JsonObject object
            ? object
            : JsonValue.EMPTY_JSON_OBJECT;
    JsonValue geometry = feature.get("geometry");
    String outline =
        geometry == null || geometry.getValueType() == JsonValue.ValueType.NULL
            ? null
            : geometry.toString();
    return new GridDraft(
        text(properties, "code"),
        text(properties, "parentCode"),
        text(properties, "level"),
        text(properties, "name"),
        text(properties, "unitCode"),
        outline);
  }

  private static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return value instanceof jakarta.json.JsonString string ? string.getString() : value.toString();
  }

  private ImportResult importDrafts(Actor actor, List<GridDraft> drafts, List<String> labels) {
    if (drafts.isEmpty()) {
      throw ValidationException.of("file", "grid.tree.import.empty");
    }
    if (drafts.size() > MAX_IMPORT) {
      throw ValidationException.of("file", "grid.tree.import.too-many", MAX_IMPORT);
    }
    // The codes of the file count as parents of the file's other grids.
    Map<GridCode, Boolean> inFile = new HashMap<>();
    for (GridDraft draft : drafts) {
      codeOrEmpty(draft.code()).ifPresent(code -> inFile.put(code, Boolean.TRUE));
    }
    List<FieldError> errors = new ArrayList<>();
    List<Prepared> prepared = new ArrayList<>();
    Map<GridCode, String> seen = new HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      String prefix = labels.get(i) + ".";
      try {
        Prepared row = prepare(drafts.get(i), prefix, inFile);
        String earlier = seen.putIfAbsent(row.code(), labels.get(i));
        if (earlier != null) {
          errors.add(
              new FieldError(
                  prefix + "code", "grid.tree.import.twice", row.code().value(), earlier));
        } else if (!actor.scope().covers(row.unit().path())) {
          errors.add(
              new FieldError(
                  prefix + "unitCode", "grid.tree.unit-out-of-scope", row.unit().code()));
        } else {
          Optional<Grid> existing = grids.find(row.code());
          if (existing.isPresent() && !inScope(actor, existing.get().unitCode())) {
            errors.add(
                new FieldError(
                    prefix + "code", "grid.tree.unit-out-of-scope", existing.get().unitCode()));
          } else {
            prepared.add(row);
          }
        }
      } catch (ValidationException invalid) {
        errors.addAll(invalid.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    prepared.sort(Comparator.comparing(row -> row.code().value().length()));
    Instant now = clock.instant();
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (Prepared row : prepared) {
      Optional<Grid> existing = grids.find(row.code());
      if (existing.isEmpty()) {
        createGrid(row, now);
        created++;
      } else if (updateGrid(
          existing.get(), row.name(), row.unit().code(), row.outline(), true, now)) {
        updated++;
      } else {
        unchanged++;
      }
    }
    audit.record(
        ENTITY,
        "import",
        "IMPORT",
        Map.of(),
        Map.of("created", created, "updated", updated, "unchanged", unchanged));
    return new ImportResult(created, updated, unchanged);
  }

  /** The grids as a GeoJSON FeatureCollection (the import's format). */
  public String exportGeoJson(String parentCode, String level) {
    JsonArrayBuilder features = JsonTexts.array();
    for (GridView grid : list(parentCode, level)) {
      features.add(feature(grid));
    }
    return JsonTexts.object()
        .add("type", "FeatureCollection")
        .add("features", features)
        .build()
        .toString();
  }

  /** One grid as a GeoJSON Feature. */
  public static JsonObject feature(GridView grid) {
    JsonObjectBuilder properties =
        JsonTexts.object()
            .add("code", grid.code())
            .add("name", grid.name())
            .add("unitCode", grid.unitCode())
            .add("level", grid.level())
            .add("active", grid.active())
            .add("version", grid.version());
    if (grid.parentCode() == null) {
      properties.addNull("parentCode");
    } else {
      properties.add("parentCode", grid.parentCode());
    }
    if (grid.area() == null) {
      properties.addNull("area");
    } else {
      properties.add("area", grid.area());
    }
    JsonObjectBuilder feature = JsonTexts.object().add("type", "Feature").add("id", grid.code());
    if (grid.outline() == null) {
      feature.addNull("geometry");
    } else {
      try (JsonReader reader = JsonTexts.reader(new StringReader(grid.outline()))) {
        feature.add("geometry", reader.readObject());
      }
    }
    return feature.add("properties", properties).build();
  }

  /** The grids as an Excel sheet (the outline as GeoJSON text), the Excel import's format. */
  public void exportExcel(OutputStream out, Locale locale, ZoneId zone) throws IOException {
    List<GridView> all = list(null, null);
    ExcelTable.<GridView>sheet(messages.get(locale, "grid.tree.sheet"), zone)
        .column(GridSheet.CODE, GridView::code, 18)
        .column(GridSheet.NAME, GridView::name, 24)
        .column(GridSheet.UNIT_CODE, GridView::unitCode, 16)
        .column(GridSheet.LEVEL, GridView::level, 12)
        .column(GridSheet.PARENT_CODE, GridView::parentCode, 16)
        .column(GridSheet.AREA, GridView::area, 12)
        .column(GridSheet.ACTIVE, GridView::active, 8)
        .column(GridSheet.OUTLINE, GridView::outline, 60)
        .write(all, out);
  }

  // --- the work shared by create, update and import

  /** A draft checked against everything but the stored grid of the same code. */
  private record Prepared(GridCode code, String name, UnitSummary unit, GridShape outline) {}

  private Prepared prepare(GridDraft draft, String prefix, Map<GridCode, Boolean> alsoKnown) {
    ValidationException.Collector errors = new ValidationException.Collector();
    GridCode code = null;
    try {
      code = GridCode.of(draft.code());
    } catch (DomainException invalid) {
      errors.add(prefix + "code", invalid.messageKey(), invalid.arguments());
    }
    String name = Texts.strip(draft.name());
    errors.required(prefix + "name", name).maxLength(prefix + "name", name, Grid.MAX_NAME);
    UnitSummary unit = unitOf(draft.unitCode(), prefix + "unitCode", errors);
    GridShape outline = null;
    if (code != null) {
      GridLevel level = code.level();
      String wantedLevel = Texts.strippedOrNull(draft.level());
      if (wantedLevel != null && levelOf(wantedLevel).filter(l -> l == level).isEmpty()) {
        errors.add(prefix + "level", "grid.tree.level-mismatch", code.value(), wantedLevel, level);
      }
      String wantedParent = Texts.strippedOrNull(draft.parentCode());
      Optional<GridCode> parent = code.parent();
      if (wantedParent != null && !parent.map(p -> p.value().equals(wantedParent)).orElse(false)) {
        errors.add(prefix + "parentCode", "grid.tree.parent-mismatch", code.value(), wantedParent);
      } else if (parent.isPresent() && !alsoKnown.containsKey(parent.get())) {
        Optional<Grid> stored = grids.find(parent.get());
        if (stored.isEmpty()) {
          errors.add(prefix + "code", "grid.tree.parent-missing", parent.get().value());
        } else if (!stored.get().active()) {
          errors.add(prefix + "code", "grid.tree.parent-inactive", parent.get().value());
        }
      }
      outline = outlineOf(draft.outline(), level, prefix + "outline", errors);
    }
    errors.throwIfAny();
    return new Prepared(code, name, unit, outline);
  }

  private UnitSummary unitOf(String unitCode, String field, ValidationException.Collector errors) {
    String clean = Texts.strippedOrNull(unitCode);
    if (clean == null) {
      errors.add(field, "validation.required");
      return null;
    }
    Optional<UnitSummary> unit = organisation.findByCode(clean);
    if (unit.isEmpty()) {
      errors.add(field, "grid.tree.unit-unknown", clean);
      return null;
    }
    return unit.get();
  }

  private static GridShape outlineOf(
      String text, GridLevel level, String field, ValidationException.Collector errors) {
    if (Texts.strippedOrNull(text) == null) {
      if (level == GridLevel.UNIT) {
        errors.add(field, "grid.tree.outline-required");
      }
      return null;
    }
    try {
      return GridShape.parse(text);
    } catch (DomainException invalid) {
      errors.add(field, invalid.messageKey(), invalid.arguments());
      return null;
    }
  }

  private Grid createGrid(Prepared row, Instant now) {
    Grid grid =
        grids.store(Grid.create(row.code(), row.name(), row.unit().code(), row.outline(), now));
    audit.record(ENTITY, grid.code().value(), "CREATE", Map.of(), grid.auditValues());
    return grid;
  }

  private boolean updateGrid(
      Grid grid, String name, String unitCode, GridShape outline, boolean active, Instant now) {
    Map<String, Object> before = grid.auditValues();
    boolean changed = grid.describe(name, unitCode, outline, now);
    changed |= grid.activate(active, now);
    if (changed) {
      audit.record(ENTITY, grid.code().value(), "UPDATE", before, grid.auditValues());
    }
    return changed;
  }

  private Grid found(String code) {
    GridCode gridCode;
    try {
      gridCode = GridCode.of(code);
    } catch (DomainException invalid) {
      throw DomainException.notFound("grid.tree.not-found", String.valueOf(code));
    }
    return grids
        .find(gridCode)
        .orElseThrow(() -> DomainException.notFound("grid.tree.not-found", gridCode.value()));
  }

  private boolean inScope(Actor actor, String unitCode) {
    return organisation
        .findByCode(unitCode)
        .map(unit -> actor.scope().covers(unit.path()))
        .orElse(actor.scope().everything());
  }

  private static void requireInScope(Actor actor, UnitSummary unit) {
    if (unit == null ? !actor.scope().everything() : !actor.scope().covers(unit.path())) {
      throw DomainException.forbidden(
          "grid.tree.unit-out-of-scope", unit == null ? "" : unit.code());
    }
  }

  private static Optional<GridCode> codeOrEmpty(String text) {
    try {
      return Optional.of(GridCode.of(text));
    } catch (DomainException invalid) {
      return Optional.empty();
    }
  }

  private static Optional<GridLevel> levelOf(String text) {
    try {
      return Optional.of(GridLevel.valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
