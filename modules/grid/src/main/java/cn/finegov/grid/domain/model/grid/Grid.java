package cn.finegov.grid.domain.model.grid;

import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.text.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A grid of the tree: a street (level-1 grid), a community (level-2 grid) or a unit grid, with the
 * organisation unit that owns it (the street or community office) and its outline. A unit grid must
 * have an outline (cases are placed in it); streets and communities may have one. The level and the
 * parent follow from the code and never change; name, owning unit and outline may.
 */
@Entity
@Table(name = "grd_grid")
public class Grid {

  public static final int MAX_NAME = 100;
  public static final int MAX_UNIT_CODE = 32;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grd_grid_seq")
  @SequenceGenerator(name = "grd_grid_seq", sequenceName = "grd_grid_seq", allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Embedded private GridCode code;

  @Enumerated(EnumType.STRING)
  @Column(name = "grid_level", length = 10, nullable = false, updatable = false)
  private GridLevel level;

  @Column(name = "parent_code", length = 15, updatable = false)
  private String parentCode;

  @Column(name = "name", length = MAX_NAME, nullable = false)
  private String name;

  @Column(name = "unit_code", length = MAX_UNIT_CODE, nullable = false)
  private String unitCode;

  @Lob
  @Column(name = "outline")
  private String outline;

  @Column(name = "area_m2")
  private Double area;

  @Column(name = "min_lat")
  private Double minLatitude;

  @Column(name = "max_lat")
  private Double maxLatitude;

  @Column(name = "min_lon")
  private Double minLongitude;

  @Column(name = "max_lon")
  private Double maxLongitude;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Transient private GridShape shape;

  protected Grid() {}

  /**
   * A new active grid. Whether its parent exists is the service's business (it needs the
   * repository).
   *
   * @throws ValidationException for a blank or long name or unit code, or a unit grid without an
   *     outline
   */
  public static Grid create(
      GridCode code, String name, String unitCode, GridShape outline, Instant now) {
    Objects.requireNonNull(code, "code");
    Grid grid = new Grid();
    grid.code = code;
    grid.level = code.level();
    grid.parentCode = code.parent().map(GridCode::value).orElse(null);
    grid.active = true;
    grid.createdAt = now;
    grid.describe(name, unitCode, outline, now);
    return grid;
  }

  /**
   * Changes name, owning unit and outline.
   *
   * @return whether anything changed
   */
  public boolean describe(String newName, String newUnitCode, GridShape newOutline, Instant now) {
    String cleanName = Texts.strip(newName);
    String cleanUnit = Texts.strip(newUnitCode);
    ValidationException.Collector errors = new ValidationException.Collector();
    errors.required("name", cleanName).maxLength("name", cleanName, MAX_NAME);
    errors.required("unitCode", cleanUnit).maxLength("unitCode", cleanUnit, MAX_UNIT_CODE);
    if (newOutline == null && level == GridLevel.UNIT) {
      errors.add("outline", "grid.tree.outline-required");
    }
    errors.throwIfAny();
    String newText = newOutline == null ? null : newOutline.toGeoJson();
    boolean changed =
        !Objects.equals(cleanName, name)
            || !Objects.equals(cleanUnit, unitCode)
            || !Objects.equals(newText, outline);
    name = cleanName;
    unitCode = cleanUnit;
    outline = newText;
    shape = newOutline;
    if (newOutline == null) {
      area = null;
      minLatitude = null;
      maxLatitude = null;
      minLongitude = null;
      maxLongitude = null;
    } else {
      area = Math.round(newOutline.areaSquareMetres() * 10) / 10.0;
      GeoPoint.BoundingBox box = newOutline.bounds();
      minLatitude = box.minLatitude();
      maxLatitude = box.maxLatitude();
      minLongitude = box.minLongitude();
      maxLongitude = box.maxLongitude();
    }
    if (changed) {
      updatedAt = now;
    }
    return changed;
  }

  /**
   * Takes the grid out of use (no new case is placed in it) or back.
   *
   * @return whether anything changed
   */
  public boolean activate(boolean newActive, Instant now) {
    if (active == newActive) {
      return false;
    }
    active = newActive;
    updatedAt = now;
    return true;
  }

  /** Whether the box around the outline holds the point (a quick test before the outline's). */
  public boolean boxHolds(GeoPoint point) {
    return minLatitude != null
        && point.latitude() >= minLatitude
        && point.latitude() <= maxLatitude
        && point.longitude() >= minLongitude
        && point.longitude() <= maxLongitude;
  }

  /** Whether the outline holds the point. */
  public boolean contains(GeoPoint point) {
    return boxHolds(point) && outline().map(o -> o.contains(point)).orElse(false);
  }

  /** The values the audit log records. */
  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("code", code.value());
    values.put("level", level.name());
    values.put("name", name);
    values.put("unitCode", unitCode);
    values.put("area", area);
    values.put("outline", outline == null ? null : outline.length() + " chars");
    values.put("active", active);
    return values;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public GridCode code() {
    return code;
  }

  public GridLevel level() {
    return level;
  }

  public Optional<GridCode> parentCode() {
    return code.parent();
  }

  public String name() {
    return name;
  }

  public String unitCode() {
    return unitCode;
  }

  /** The outline, read once per loaded entity. */
  public Optional<GridShape> outline() {
    if (shape == null && outline != null) {
      shape = GridShape.parse(outline);
    }
    return Optional.ofNullable(shape);
  }

  /** The outline as stored (GeoJSON geometry), or {@code null}. */
  public String outlineGeoJson() {
    return outline;
  }

  /** Area in square metres, {@code null} without an outline. */
  public Double area() {
    return area;
  }

  public Optional<GeoPoint.BoundingBox> bounds() {
    return minLatitude == null
        ? Optional.empty()
        : Optional.of(
            new GeoPoint.BoundingBox(minLatitude, maxLatitude, minLongitude, maxLongitude));
  }

  public boolean active() {
    return active;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
