package cn.finegov.kernel.domain.model.apikey;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The key of one external system (the 12345 hotline, the e-government platform). Only a hash of the
 * secret is kept: the secret is shown once, when the key is issued. A key allows exactly its
 * permissions, inside one unit and everything below it (or the whole tree), until it is revoked or
 * expires.
 */
@Entity
@Table(name = "krn_api_key")
public class ApiKey {

  public static final int MAX_SYSTEM_NAME = 60;

  /** Uses closer together than this are not written down again. */
  private static final Duration USE_GRANULARITY = Duration.ofMinutes(1);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "krn_api_key_seq")
  @SequenceGenerator(
      name = "krn_api_key_seq",
      sequenceName = "krn_api_key_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "system_name", nullable = false, length = MAX_SYSTEM_NAME)
  private String systemName;

  @Column(name = "description", length = 400)
  private String description;

  @Column(name = "prefix", nullable = false, length = 16, updatable = false)
  private String prefix;

  @Column(name = "secret_hash", nullable = false, length = 100, updatable = false)
  private String secretHash;

  @Column(name = "unit_id")
  private Long unitId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "krn_api_key_permission", joinColumns = @JoinColumn(name = "key_id"))
  @Column(name = "permission", nullable = false, length = 80)
  private Set<String> permissions = new TreeSet<>();

  @Column(name = "created_by", nullable = false, length = 80, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 80)
  private String revokedBy;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "last_used_address", length = 64)
  private String lastUsedAddress;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ApiKey() {}

  /**
   * A new key; the caller made the secret and checked the permissions.
   *
   * @param expiresAt end of validity, or {@code null} for none
   */
  public static ApiKey issue(
      String systemName,
      String description,
      String prefix,
      String secretHash,
      Long unitId,
      Set<String> permissions,
      Instant expiresAt,
      String createdBy,
      Instant now) {
    String name = systemName == null ? null : systemName.strip();
    String about = description == null || description.isBlank() ? null : description.strip();
    ValidationException.Collector errors = new ValidationException.Collector();
    errors.required("systemName", name).maxLength("systemName", name, MAX_SYSTEM_NAME);
    errors.maxLength("description", about, 400);
    if (permissions == null || permissions.isEmpty()) {
      errors.add("permissions", "validation.required");
    }
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      errors.add("expiresAt", "apikey.expiry.past");
    }
    errors.throwIfAny();
    ApiKey key = new ApiKey();
    key.systemName = name;
    key.description = about;
    key.prefix = Objects.requireNonNull(prefix, "prefix");
    key.secretHash = Objects.requireNonNull(secretHash, "secretHash");
    key.unitId = unitId;
    key.permissions = new TreeSet<>(permissions);
    key.expiresAt = expiresAt;
    key.createdBy = createdBy;
    key.createdAt = now;
    return key;
  }

  /** Whether the key is neither revoked nor expired. */
  public boolean isUsable(Instant now) {
    return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
  }

  /** Revokes the key for good. */
  public void revoke(String by, Instant now) {
    if (revokedAt != null) {
      throw DomainException.conflict("apikey.revoked", prefix);
    }
    revokedAt = now;
    revokedBy = by;
  }

  /**
   * Notes a use of the key.
   *
   * @return whether anything was written (uses within a minute of the last are not)
   */
  public boolean recordUse(Instant now, String address) {
    if (lastUsedAt != null
        && lastUsedAt.plus(USE_GRANULARITY).isAfter(now)
        && Objects.equals(lastUsedAddress, address)) {
      return false;
    }
    lastUsedAt = now;
    lastUsedAddress = address;
    return true;
  }

  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("systemName", systemName);
    values.put("prefix", prefix);
    values.put("unitId", unitId);
    values.put("permissions", String.join(",", permissions));
    values.put("expiresAt", expiresAt);
    values.put("revokedAt", revokedAt);
    return values;
  }

  public Long id() {
    return id;
  }

  public String systemName() {
    return systemName;
  }

  public String description() {
    return description;
  }

  public String prefix() {
    return prefix;
  }

  public String secretHash() {
    return secretHash;
  }

  public Long unitId() {
    return unitId;
  }

  public Set<String> permissions() {
    return Set.copyOf(permissions);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public String revokedBy() {
    return revokedBy;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public String lastUsedAddress() {
    return lastUsedAddress;
  }
}
