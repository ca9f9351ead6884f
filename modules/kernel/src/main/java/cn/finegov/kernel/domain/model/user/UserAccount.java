package cn.finegov.kernel.domain.model.user;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.security.Roles;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person who signs in. Belongs to exactly one organisation unit and holds roles; at most one of
 * the three administrator roles (三员分立).
 */
@Entity
@Table(name = "krn_user")
public class UserAccount {

  public static final int MAX_DISPLAY_NAME = 50;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "krn_user_seq")
  @SequenceGenerator(name = "krn_user_seq", sequenceName = "krn_user_seq", allocationSize = 50)
  private Long id;

  @Embedded private Username username;

  @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
  private String displayName;

  @Column(name = "unit_id", nullable = false)
  private long unitId;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(name = "active", nullable = false)
  private boolean active;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "krn_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role_code", nullable = false, length = 40)
  private Set<String> roles = new TreeSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected UserAccount() {}

  public static UserAccount create(
      Username username,
      String displayName,
      long unitId,
      Set<String> roles,
      String passwordHash,
      Instant now) {
    UserAccount user = new UserAccount();
    user.username = Objects.requireNonNull(username, "username");
    user.rename(displayName);
    user.unitId = unitId;
    user.grantExactly(roles);
    user.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    user.active = true;
    user.createdAt = now;
    user.updatedAt = now;
    user.passwordChangedAt = now;
    return user;
  }

  /**
   * @return whether the name changed
   */
  public boolean rename(String newDisplayName) {
    String clean = newDisplayName == null ? null : newDisplayName.strip();
    new ValidationException.Collector()
        .required("displayName", clean)
        .maxLength("displayName", clean, MAX_DISPLAY_NAME)
        .throwIfAny();
    boolean changed = !clean.equals(displayName);
    displayName = clean;
    return changed;
  }

  /**
   * @return whether the unit changed
   */
  public boolean assignTo(long newUnitId) {
    boolean changed = unitId != newUnitId;
    unitId = newUnitId;
    return changed;
  }

  /**
   * Replaces the roles.
   *
   * @return whether they changed
   */
  public boolean grantExactly(Set<String> newRoles) {
    Set<String> wanted = new TreeSet<>(newRoles == null ? Set.of() : newRoles);
    for (String role : wanted) {
      if (!Roles.ASSIGNABLE.contains(role)) {
        throw ValidationException.of("roles", "user.role.unknown", role);
      }
    }
    long administrators = wanted.stream().filter(Roles.SEPARATED_ADMINISTRATORS::contains).count();
    if (administrators > 1) {
      throw DomainException.rule("user.role.separation");
    }
    boolean changed = !wanted.equals(roles);
    roles = wanted;
    return changed;
  }

  public void changePasswordHash(String newHash, Instant now) {
    passwordHash = Objects.requireNonNull(newHash, "passwordHash");
    passwordChangedAt = now;
  }

  /**
   * @return whether the state changed
   */
  public boolean deactivate() {
    boolean changed = active;
    active = false;
    return changed;
  }

  /**
   * @return whether the state changed
   */
  public boolean reactivate() {
    boolean changed = !active;
    active = true;
    return changed;
  }

  public void recordLogin(Instant when) {
    lastLoginAt = when;
  }

  public void touch(Instant now) {
    updatedAt = now;
  }

  /** The values an audit entry records; never the password hash. */
  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("username", username.value());
    values.put("displayName", displayName);
    values.put("unitId", unitId);
    values.put("roles", String.join(",", roles));
    values.put("active", active);
    return values;
  }

  public Long id() {
    return id;
  }

  public Username username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public long unitId() {
    return unitId;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  public Set<String> roles() {
    return Set.copyOf(roles);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  public Instant lastLoginAt() {
    return lastLoginAt;
  }

  public long version() {
    return version;
  }
}
