package cn.finegov.grid.domain.model.road;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.privacy.PersonalDataMask;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A road chief (路长) of a segment on one tier: name, the login of the person where he has one (who
 * may then check in for patrols), his unit and phone. The phone is personal data: shown in full
 * only to those who manage reference data, and never written to the audit log in clear.
 */
@Entity
@Table(name = "grd_road_chief")
public class RoadChief {

  public static final int MAX_NAME = 60;
  public static final int MAX_USERNAME = 80;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grd_road_chief_seq")
  @SequenceGenerator(
      name = "grd_road_chief_seq",
      sequenceName = "grd_road_chief_seq",
      allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "segment_id", nullable = false, updatable = false)
  private long segmentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "tier", length = 20, nullable = false)
  private ChiefTier tier;

  @Column(name = "name", length = MAX_NAME, nullable = false)
  private String name;

  @Column(name = "username", length = MAX_USERNAME)
  private String username;

  @Column(name = "unit_code", length = 32, nullable = false)
  private String unitCode;

  @Column(name = "phone", length = Phones.MAX_LENGTH)
  private String phone;

  protected RoadChief() {}

  /** The checked values of a chief. */
  public record Values(
      ChiefTier tier, String name, String username, String unitCode, String phone) {}

  /**
   * Reads the values of a chief, every invalid field at once.
   *
   * @throws ValidationException with the invalid fields
   */
  public static Values checked(
      String tier, String name, String username, String unitCode, String phone) {
    ValidationException.Collector errors = new ValidationException.Collector();
    ChiefTier chiefTier = null;
    if (tier == null || tier.isBlank()) {
      errors.add("tier", "validation.required");
    } else {
      try {
        chiefTier = ChiefTier.valueOf(tier.strip());
      } catch (IllegalArgumentException e) {
        errors.add("tier", "grid.road.chief.tier", tier.strip());
      }
    }
    errors.required("name", name).maxLength("name", strip(name), MAX_NAME);
    errors.maxLength("username", strip(username), MAX_USERNAME);
    errors.required("unitCode", unitCode);
    String checkedPhone = null;
    try {
      checkedPhone = Phones.checked(phone);
    } catch (DomainException invalid) {
      errors.add("phone", invalid.messageKey(), invalid.arguments());
    }
    errors.throwIfAny();
    return new Values(chiefTier, strip(name), strip(username), strip(unitCode), checkedPhone);
  }

  public static RoadChief appoint(long segmentId, Values values) {
    RoadChief chief = new RoadChief();
    chief.segmentId = segmentId;
    chief.describe(values);
    return chief;
  }

  public void describe(Values values) {
    tier = Objects.requireNonNull(values.tier(), "tier");
    name = values.name();
    username = values.username();
    unitCode = values.unitCode();
    phone = values.phone();
  }

  /** Whether {@code login} is this chief's login. */
  public boolean isPerson(String login) {
    return username != null && username.equals(login);
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Audit values: the phone only masked. */
  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("segmentId", segmentId);
    values.put("tier", tier);
    values.put("name", name);
    values.put("username", username);
    values.put("unitCode", unitCode);
    values.put("phone", PersonalDataMask.phone(phone));
    return values;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public long segmentId() {
    return segmentId;
  }

  public ChiefTier tier() {
    return tier;
  }

  public String name() {
    return name;
  }

  public String username() {
    return username;
  }

  public String unitCode() {
    return unitCode;
  }

  public String phone() {
    return phone;
  }
}
