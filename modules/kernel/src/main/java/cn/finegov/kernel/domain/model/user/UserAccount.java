package cn.finegov.kernel.domain.model.user;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person who signs in. Belongs to exactly one organisation unit, holds roles, and may be granted
 * further units to see and act on.
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

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "krn_user_scope", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "unit_id", nullable = false)
  private Set<Long> extraUnitIds = new TreeSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, length = 10)
  private Source source = Source.LOCAL;

  /** Hashes of the current and earlier passwords, newest first, for the no-reuse rule. */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "krn_password_history", joinColumns = @JoinColumn(name = "user_id"))
  @OrderColumn(name = "seq_no")
  @Column(name = "password_hash", nullable = false, length = 200)
  private List<String> passwordHistory = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** Where the account's identity is kept. */
  public enum Source {
    /** Password kept here, under the password policy. */
    LOCAL,
    /** Password kept in the LDAP directory; the account is made and updated at sign-in. */
    LDAP
  }

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
    user.passwordHistory.add(passwordHash);
    user.mustChangePassword = true;
    user.active = true;
    user.createdAt = now;
    user.updatedAt = now;
    user.passwordChangedAt = now;
    return user;
  }

  /**
   * An account for a person the LDAP directory knows, made at his first sign-in. Its password stays
   * in the directory; the hash stored here matches nothing.
   */
  public static UserAccount fromDirectory(
      Username username,
      String displayName,
      long unitId,
      Set<String> roles,
      String unusableHash,
      Instant now) {
    UserAccount user = create(username, displayName, unitId, roles, unusableHash, now);
    user.source = Source.LDAP;
    user.mustChangePassword = false;
    user.passwordHistory.clear();
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
   * Replaces the roles; the service has checked that they exist and keep the administrator duties
   * apart.
   *
   * @return whether they changed
   */
  public boolean grantExactly(Set<String> newRoles) {
    Set<String> wanted = new TreeSet<>(newRoles == null ? Set.of() : newRoles);
    boolean changed = !wanted.equals(roles);
    roles = wanted;
    return changed;
  }

  /**
   * Replaces the units granted beyond the own unit (each with everything below it).
   *
   * @return whether they changed
   */
  public boolean grantUnits(Set<Long> unitIds) {
    Set<Long> wanted = new TreeSet<>(unitIds == null ? Set.of() : unitIds);
    wanted.remove(unitId);
    boolean changed = !wanted.equals(extraUnitIds);
    extraUnitIds = wanted;
    return changed;
  }

  /**
   * Sets a new password hash and remembers it for the no-reuse rule.
   *
   * @param temporary whether the person must choose another at the next sign-in (a password set by
   *     an administrator)
   * @param historySize how many hashes (the new one included) to remember
   */
  public void changePasswordHash(String newHash, Instant now, boolean temporary, int historySize) {
    if (source != Source.LOCAL) {
      throw DomainException.rule("password.directory-account", username.value());
    }
    passwordHash = Objects.requireNonNull(newHash, "passwordHash");
    passwordChangedAt = now;
    mustChangePassword = temporary;
    passwordHistory.add(0, newHash);
    while (passwordHistory.size() > Math.max(1, historySize)) {
      passwordHistory.remove(passwordHistory.size() - 1);
    }
  }

  /** The hashes of the last {@code count} passwords (the current one first). */
  public List<String> recentPasswordHashes(int count) {
    List<String> recent = new ArrayList<>();
    recent.add(passwordHash);
    for (String hash : passwordHistory) {
      if (recent.size() >= count) {
        break;
      }
      if (!recent.contains(hash)) {
        recent.add(hash);
      }
    }
    return recent;
  }

  /**
   * Whether the password is older than {@code maxAge} ({@code null} or zero: passwords never
   * expire).
   */
  public boolean isPasswordExpired(Instant now, Duration maxAge) {
    if (source != Source.LOCAL || maxAge == null || maxAge.isZero()) {
      return false;
    }
    return passwordChangedAt.plus(maxAge).isBefore(now);
  }

  /** Whether the person must choose a new password before doing anything else. */
  public boolean mustChangePassword(Instant now, Duration maxAge) {
    return source == Source.LOCAL && (mustChangePassword || isPasswordExpired(now, maxAge));
  }

  /**
   * Keeps the password as it is at the next sign-in (demo accounts, whose passwords are published
   * in the README).
   */
  public void waivePasswordChange() {
    mustChangePassword = false;
  }

  /** Whether sign-ins are refused for now after too many failed attempts. */
  public boolean isLocked(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /**
   * Counts a failed sign-in; the {@code maxAttempts}-th in a row locks the account for {@code
   * lockFor}.
   *
   * @return whether this attempt locked the account
   */
  public boolean recordFailedSignIn(Instant now, int maxAttempts, Duration lockFor) {
    if (lockedUntil != null && !lockedUntil.isAfter(now)) {
      lockedUntil = null;
      failedAttempts = 0;
    }
    failedAttempts++;
    if (maxAttempts > 0 && failedAttempts >= maxAttempts && lockedUntil == null) {
      lockedUntil = now.plus(lockFor);
      return true;
    }
    return false;
  }

  /** Lifts a lock (the security administrator). @return whether the account was locked */
  public boolean unlock(Instant now) {
    boolean locked = isLocked(now);
    lockedUntil = null;
    failedAttempts = 0;
    return locked;
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

  /** Forgets failed attempts after a successful check of the password. */
  public void clearFailedSignIns() {
    failedAttempts = 0;
    lockedUntil = null;
  }

  /** A successful sign-in: clears the count of failed attempts. */
  public void recordLogin(Instant when) {
    lastLoginAt = when;
    failedAttempts = 0;
    lockedUntil = null;
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
    values.put("extraUnitIds", extraUnitIds.toString());
    values.put("active", active);
    values.put("source", source.name());
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

  /** Units granted beyond the own unit. */
  public Set<Long> extraUnitIds() {
    return Set.copyOf(extraUnitIds);
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

  public int failedAttempts() {
    return failedAttempts;
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }

  public Source source() {
    return source;
  }

  public long version() {
    return version;
  }
}
