package cn.finegov.grid.domain.model.road;

import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.grid.domain.model.grid.GridLevel;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A road segment (路段) in the care of road chiefs: code, name, where it runs from and to, the street
 * (organisation unit) it belongs to, optionally the unit grid, its course as a GeoJSON LineString
 * with its length, the public signboard phone, and whether it is in use.
 */
@Entity
@Table(name = "grd_road_segment")
public class RoadSegment {

  public static final int MAX_CODE = 32;
  public static final int MAX_NAME = 60;
  public static final int MAX_PLACE = 200;

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grd_road_segment_seq")
  @SequenceGenerator(
      name = "grd_road_segment_seq",
      sequenceName = "grd_road_segment_seq",
      allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "code", length = MAX_CODE, nullable = false, updatable = false)
  private String code;

  @Column(name = "name", length = MAX_NAME, nullable = false)
  private String name;

  @Column(name = "from_place", length = MAX_PLACE)
  private String fromPlace;

  @Column(name = "to_place", length = MAX_PLACE)
  private String toPlace;

  @Column(name = "street_unit", length = 32, nullable = false)
  private String streetUnit;

  @Column(name = "grid_code", length = 15)
  private String gridCode;

  @Lob
  @Column(name = "geometry", nullable = false)
  private String geometry;

  @Column(name = "length_m", nullable = false)
  private double lengthMetres;

  @Column(name = "min_latitude", nullable = false)
  private double minLatitude;

  @Column(name = "max_latitude", nullable = false)
  private double maxLatitude;

  @Column(name = "min_longitude", nullable = false)
  private double minLongitude;

  @Column(name = "max_longitude", nullable = false)
  private double maxLongitude;

  @Column(name = "sign_phone", length = Phones.MAX_LENGTH)
  private String signPhone;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  protected RoadSegment() {}

  /** The values of a segment, checked together by {@link #checked}. */
  public record Values(
      String name,
      String fromPlace,
      String toPlace,
      String streetUnit,
      String gridCode,
      RoadLine line,
      String signPhone) {}

  public static RoadSegment create(String code, Values values) {
    RoadSegment segment = new RoadSegment();
    String stripped = code == null ? "" : code.strip();
    if (!CODE.matcher(stripped).matches()) {
      throw ValidationException.of("code", "grid.road.code", stripped, MAX_CODE);
    }
    segment.code = stripped;
    segment.describe(values);
    return segment;
  }

  /**
   * Reads the text values of a segment, reporting every invalid field at once.
   *
   * @throws ValidationException with the invalid fields
   */
  public static Values checked(
      String name,
      String fromPlace,
      String toPlace,
      String streetUnit,
      String gridCode,
      String geometry,
      String signPhone) {
    ValidationException.Collector errors = new ValidationException.Collector();
    errors.required("name", name).maxLength("name", strip(name), MAX_NAME);
    errors.maxLength("fromPlace", strip(fromPlace), MAX_PLACE);
    errors.maxLength("toPlace", strip(toPlace), MAX_PLACE);
    errors.required("streetUnit", streetUnit);
    String grid = strip(gridCode);
    if (grid != null && !GridCode.isValid(grid, GridLevel.UNIT)) {
      errors.add("gridCode", "grid.road.grid-code", grid);
    }
    RoadLine line = null;
    if (geometry == null || geometry.isBlank()) {
      errors.add("geometry", "validation.required");
    } else {
      try {
        line = RoadLine.parse(geometry);
      } catch (DomainException invalid) {
        errors.add("geometry", invalid.messageKey(), invalid.arguments());
      }
    }
    String phone = null;
    try {
      phone = Phones.checked(signPhone);
    } catch (DomainException invalid) {
      errors.add("signPhone", invalid.messageKey(), invalid.arguments());
    }
    errors.throwIfAny();
    return new Values(
        strip(name), strip(fromPlace), strip(toPlace), strip(streetUnit), grid, line, phone);
  }

  /** New values; {@code values} comes from {@link #checked}. */
  public void describe(Values values) {
    name = values.name();
    fromPlace = values.fromPlace();
    toPlace = values.toPlace();
    streetUnit = values.streetUnit();
    gridCode = values.gridCode();
    geometry = values.line().toGeoJson();
    lengthMetres = Math.round(values.line().length() * 10) / 10.0;
    double[] box = values.line().box();
    minLatitude = box[0];
    maxLatitude = box[1];
    minLongitude = box[2];
    maxLongitude = box[3];
    signPhone = values.signPhone();
  }

  public void activate(boolean on) {
    active = on;
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The values an audit entry keeps (no personal data: the signboard phone is public). */
  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("code", code);
    values.put("name", name);
    values.put("fromPlace", fromPlace);
    values.put("toPlace", toPlace);
    values.put("streetUnit", streetUnit);
    values.put("gridCode", gridCode);
    values.put("lengthMetres", lengthMetres);
    values.put("signPhone", signPhone);
    values.put("active", active);
    return values;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String fromPlace() {
    return fromPlace;
  }

  public String toPlace() {
    return toPlace;
  }

  public String streetUnit() {
    return streetUnit;
  }

  public String gridCode() {
    return gridCode;
  }

  public String geometry() {
    return geometry;
  }

  public RoadLine line() {
    return RoadLine.parse(geometry);
  }

  public double lengthMetres() {
    return lengthMetres;
  }

  public String signPhone() {
    return signPhone;
  }

  public boolean active() {
    return active;
  }
}
