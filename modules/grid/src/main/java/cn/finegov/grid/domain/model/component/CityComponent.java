package cn.finegov.grid.domain.model.component;

import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.category.ComponentId;
import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.grid.domain.model.grid.GridLevel;
import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An inventoried component (部件): its 16-digit id (which carries its district and minor category),
 * name, competent department (主管部门, a unit code), owner (权属单位) and maintainer (养护单位) as written,
 * unit grid, place, state and whether it is in use.
 */
@Entity(name = "CityComponent")
@Table(name = "grd_component")
public class CityComponent {

  public static final int MAX_NAME = 100;
  public static final int MAX_NOTE = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grd_component_seq")
  @SequenceGenerator(
      name = "grd_component_seq",
      sequenceName = "grd_component_seq",
      allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Embedded private ComponentId componentId;

  @Embedded private CategoryCode category;

  @Column(name = "name", length = MAX_NAME, nullable = false)
  private String name;

  @Column(name = "competent_unit", length = 32, nullable = false)
  private String competentUnit;

  @Column(name = "owner_name", length = MAX_NAME)
  private String ownerName;

  @Column(name = "maintainer_name", length = MAX_NAME)
  private String maintainerName;

  @Column(name = "grid_code", length = 15)
  private String gridCode;

  @Column(name = "latitude", nullable = false)
  private double latitude;

  @Column(name = "longitude", nullable = false)
  private double longitude;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 10, nullable = false)
  private ComponentState state;

  @Column(name = "note", length = MAX_NOTE)
  private String note;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected CityComponent() {}

  /** The checked values of a component (everything but its id). */
  public record Values(
      String name,
      String competentUnit,
      String ownerName,
      String maintainerName,
      String gridCode,
      GeoPoint place,
      ComponentState state,
      String note,
      boolean active) {}

  /**
   * Reads the values of a component, every invalid field at once.
   *
   * @throws ValidationException with the invalid fields
   */
  public static Values checked(
      String name,
      String competentUnit,
      String ownerName,
      String maintainerName,
      String gridCode,
      Double latitude,
      Double longitude,
      String state,
      String note,
      Boolean active) {
    ValidationException.Collector errors = new ValidationException.Collector();
    errors.required("name", name).maxLength("name", strip(name), MAX_NAME);
    errors.required("competentUnit", competentUnit);
    errors.maxLength("ownerName", strip(ownerName), MAX_NAME);
    errors.maxLength("maintainerName", strip(maintainerName), MAX_NAME);
    errors.maxLength("note", strip(note), MAX_NOTE);
    String grid = strip(gridCode);
    if (grid != null && !GridCode.isValid(grid, GridLevel.UNIT)) {
      errors.add("gridCode", "grid.component.grid-code", grid);
    }
    GeoPoint place = null;
    if (latitude == null || longitude == null) {
      errors.add("place", "grid.component.place-required");
    } else {
      try {
        place = GeoPoint.of(latitude, longitude);
      } catch (DomainException invalid) {
        errors.add("place", invalid.messageKey(), invalid.arguments());
      }
    }
    ComponentState componentState = null;
    if (state == null || state.isBlank()) {
      errors.add("state", "validation.required");
    } else {
      componentState = stateOf(state);
      if (componentState == null) {
        errors.add("state", "grid.component.state", state.strip());
      }
    }
    errors.throwIfAny();
    return new Values(
        strip(name),
        strip(competentUnit),
        strip(ownerName),
        strip(maintainerName),
        grid,
        place,
        componentState,
        strip(note),
        active == null || active);
  }

  /** A state by its name ({@code DAMAGED}) or Chinese word ({@code 破损}); null when neither. */
  public static ComponentState stateOf(String text) {
    String value = text == null ? "" : text.strip();
    return switch (value) {
      case "完好" -> ComponentState.INTACT;
      case "破损" -> ComponentState.DAMAGED;
      case "丢失" -> ComponentState.MISSING;
      case "占用" -> ComponentState.OCCUPIED;
      default -> {
        try {
          yield ComponentState.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
          yield null;
        }
      }
    };
  }

  public static CityComponent register(ComponentId id, Values values, Instant now) {
    CityComponent component = new CityComponent();
    component.componentId = id;
    component.category = id.category();
    component.describe(values, now);
    return component;
  }

  public void describe(Values values, Instant now) {
    name = values.name();
    competentUnit = values.competentUnit();
    ownerName = values.ownerName();
    maintainerName = values.maintainerName();
    gridCode = values.gridCode();
    latitude = values.place().latitude();
    longitude = values.place().longitude();
    state = values.state();
    note = values.note();
    active = values.active();
    changedAt = now;
  }

  /** The current values, comparable with new ones. */
  public Values values() {
    return new Values(
        name, competentUnit, ownerName, maintainerName, gridCode, place(), state, note, active);
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("componentId", componentId.value());
    values.put("name", name);
    values.put("competentUnit", competentUnit);
    values.put("ownerName", ownerName);
    values.put("maintainerName", maintainerName);
    values.put("gridCode", gridCode);
    values.put("latitude", latitude);
    values.put("longitude", longitude);
    values.put("state", state);
    values.put("note", note);
    values.put("active", active);
    return values;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public ComponentId componentId() {
    return componentId;
  }

  public CategoryCode category() {
    return category;
  }

  public String name() {
    return name;
  }

  public String competentUnit() {
    return competentUnit;
  }

  public String ownerName() {
    return ownerName;
  }

  public String maintainerName() {
    return maintainerName;
  }

  public String gridCode() {
    return gridCode;
  }

  public GeoPoint place() {
    return GeoPoint.of(latitude, longitude);
  }

  public ComponentState state() {
    return state;
  }

  public String note() {
    return note;
  }

  public boolean active() {
    return active;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
