package cn.finegov.kernel.domain.model.org;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.i18n.MessageKey;
import cn.finegov.kernel.api.org.UnitCode;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.org.UnitType;
import cn.finegov.kernel.api.text.Texts;
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
import java.util.Objects;

/**
 * An organisation unit: a government level, a street or town, a community, a department or a
 * public-service enterprise. Units form one tree; {@link UnitType} decides what may stand under
 * what. A unit is never deleted, only deactivated, because cases, tasks and audit entries keep
 * pointing at it.
 */
@Entity
@Table(name = "krn_org_unit")
public class OrgUnit {

  public static final int MAX_NAME = 100;
  public static final int MAX_SHORT_NAME = 50;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "krn_org_unit_seq")
  @SequenceGenerator(
      name = "krn_org_unit_seq",
      sequenceName = "krn_org_unit_seq",
      allocationSize = 50)
  private Long id;

  @Embedded private UnitCode code;

  @Column(name = "name", nullable = false, length = MAX_NAME)
  private String name;

  @Column(name = "short_name", length = MAX_SHORT_NAME)
  private String shortName;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_type", nullable = false, length = 20)
  private UnitType type;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "path", nullable = false, length = 400)
  private String path;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected OrgUnit() {}

  private OrgUnit(UnitCode code, UnitType type, Instant now) {
    this.code = Objects.requireNonNull(code, "code");
    this.type = Objects.requireNonNull(type, "type");
    this.active = true;
    this.createdAt = now;
    this.updatedAt = now;
    this.path = "";
  }

  /**
   * A new active unit under {@code parent} ({@code null} for the top). Its path is set by {@link
   * #placeUnder(OrgUnit)} once the repository has given it an identifier.
   */
  public static OrgUnit create(
      UnitCode code,
      String name,
      String shortName,
      UnitType type,
      OrgUnit parent,
      int sortOrder,
      Instant now) {
    checkPlacement(type, parent);
    OrgUnit unit = new OrgUnit(code, type, now);
    unit.describe(name, shortName, sortOrder);
    unit.parentId = parent == null ? null : parent.id;
    return unit;
  }

  /** Sets the materialised path from the parent's; called after the identifier is known. */
  public void placeUnder(OrgUnit parent) {
    if (id == null) {
      throw new IllegalStateException("a unit is placed after it has an identifier");
    }
    parentId = parent == null ? null : parent.id;
    path = (parent == null ? "/" : parent.path) + id + "/";
  }

  /**
   * Changes name, short name and position among siblings.
   *
   * @return whether anything changed
   */
  public boolean describe(String newName, String newShortName, int newSortOrder) {
    ValidationException.Collector errors = new ValidationException.Collector();
    errors.required("name", newName).maxLength("name", Texts.strip(newName), MAX_NAME);
    errors.maxLength("shortName", Texts.strip(newShortName), MAX_SHORT_NAME);
    if (newSortOrder < 0) {
      errors.add("sortOrder", "validation.not-negative");
    }
    errors.throwIfAny();
    String cleanName = Texts.strip(newName);
    String cleanShort = Texts.strippedOrNull(newShortName);
    boolean changed =
        !Objects.equals(name, cleanName)
            || !Objects.equals(shortName, cleanShort)
            || sortOrder != newSortOrder;
    name = cleanName;
    shortName = cleanShort;
    sortOrder = newSortOrder;
    return changed;
  }

  /** What {@link #place} did. */
  public record Placement(boolean retyped, String previousPath) {

    /**
     * Whether the unit moved under another parent; the units below still carry {@link
     * #previousPath}.
     */
    public boolean moved() {
      return previousPath != null;
    }

    public boolean changed() {
      return retyped || moved();
    }
  }

  /**
   * Gives the unit a type and a parent, which must fit each other. Whether the units below still
   * fit the new type is checked by the service, which sees them; it also rewrites their paths when
   * the unit moved.
   */
  public Placement place(UnitType newType, OrgUnit newParent) {
    checkPlacement(newType, newParent);
    Long newParentId = newParent == null ? null : newParent.id;
    boolean moves = !Objects.equals(newParentId, parentId);
    if (moves && newParent != null) {
      if (newParent.path.startsWith(path)) {
        throw DomainException.rule(
            "unit.move.into-own-subtree", code.value(), newParent.code.value());
      }
      if (!newParent.active) {
        throw DomainException.rule("unit.parent.inactive", newParent.code.value());
      }
    }
    boolean retyped = newType != type;
    type = newType;
    String previousPath = path;
    if (moves) {
      placeUnder(newParent);
    }
    return new Placement(retyped, moves ? previousPath : null);
  }

  /**
   * Takes the unit out of use. The caller has checked that no active unit stands below it.
   *
   * @return whether the state changed
   */
  public boolean deactivate() {
    if (!active) {
      return false;
    }
    active = false;
    return true;
  }

  /**
   * Puts the unit back into use; its parent must be active.
   *
   * @return whether the state changed
   */
  public boolean reactivate(OrgUnit parent) {
    if (active) {
      return false;
    }
    if (parent != null && !parent.active) {
      throw DomainException.rule("unit.parent.inactive", parent.code.value());
    }
    active = true;
    return true;
  }

  /** Records the time of a change. */
  public void touch(Instant now) {
    updatedAt = now;
  }

  private static void checkPlacement(UnitType type, OrgUnit parent) {
    Objects.requireNonNull(type, "type");
    UnitType parentType = parent == null ? null : parent.type;
    if (!type.mayBeChildOf(parentType)) {
      if (parent == null) {
        throw DomainException.rule("unit.placement.root", new MessageKey(type.labelKey()));
      }
      throw DomainException.rule(
          "unit.placement.parent",
          new MessageKey(type.labelKey()),
          new MessageKey(parentType.labelKey()));
    }
  }

  /** The values an audit entry records. */
  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("code", code.value());
    values.put("name", name);
    values.put("shortName", shortName);
    values.put("type", type.name());
    values.put("parentId", parentId);
    values.put("sortOrder", sortOrder);
    values.put("active", active);
    return values;
  }

  public UnitSummary toSummary() {
    return new UnitSummary(
        id, code.value(), name, shortName, type, parentId, active, sortOrder, path);
  }

  public Long id() {
    return id;
  }

  public UnitCode code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String shortName() {
    return shortName;
  }

  public UnitType type() {
    return type;
  }

  public Long parentId() {
    return parentId;
  }

  public String path() {
    return path;
  }

  public int sortOrder() {
    return sortOrder;
  }

  public boolean isActive() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
