package cn.finegov.kernel.domain.model.role;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.text.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A role: a named bundle of permissions. Built-in roles cannot be deleted or renamed, but their
 * permissions can be changed like any other's. Whether a set of permissions is allowed (known keys,
 * the separation of the administrator duties) is decided by the service, which knows the
 * permissions of the installed modules.
 */
@Entity
@Table(name = "krn_role")
public class Role {

  public static final int MAX_NAME = 60;
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  @Id
  @Column(name = "code", length = 40)
  private String code;

  @Column(name = "name_zh", nullable = false, length = MAX_NAME)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = MAX_NAME)
  private String nameEn;

  @Column(name = "description", length = 400)
  private String description;

  @Column(name = "built_in", nullable = false)
  private boolean builtIn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "krn_role_permission", joinColumns = @JoinColumn(name = "role_code"))
  @Column(name = "permission", nullable = false, length = 80)
  private Set<String> permissions = new TreeSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Role() {}

  /** A new role made by an administrator. */
  public static Role create(
      String code, String nameZh, String nameEn, String description, Instant now) {
    String clean = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (!CODE.matcher(clean).matches()) {
      throw ValidationException.of("code", "role.code.invalid", code == null ? "" : code.strip());
    }
    Role role = new Role();
    role.code = clean;
    role.describe(nameZh, nameEn, description);
    role.createdAt = now;
    role.updatedAt = now;
    return role;
  }

  /**
   * @return whether anything changed
   */
  public boolean describe(String newNameZh, String newNameEn, String newDescription) {
    ValidationException.Collector errors = new ValidationException.Collector();
    errors.required("nameZh", newNameZh).maxLength("nameZh", Texts.strip(newNameZh), MAX_NAME);
    errors.required("nameEn", newNameEn).maxLength("nameEn", Texts.strip(newNameEn), MAX_NAME);
    errors.maxLength("description", Texts.strip(newDescription), 400);
    errors.throwIfAny();
    if (builtIn
        && (!Texts.strip(newNameZh).equals(nameZh) || !Texts.strip(newNameEn).equals(nameEn))) {
      throw DomainException.rule("role.built-in.rename", code);
    }
    boolean changed =
        !Texts.strip(newNameZh).equals(nameZh)
            || !Texts.strip(newNameEn).equals(nameEn)
            || !Objects.equals(Texts.strippedOrNull(newDescription), description);
    nameZh = Texts.strip(newNameZh);
    nameEn = Texts.strip(newNameEn);
    description = Texts.strippedOrNull(newDescription);
    return changed;
  }

  /**
   * Replaces the permissions; the caller has checked the set.
   *
   * @return whether they changed
   */
  public boolean grantExactly(Set<String> newPermissions) {
    Set<String> wanted = new TreeSet<>(newPermissions);
    boolean changed = !wanted.equals(permissions);
    permissions = wanted;
    return changed;
  }

  /** Adds permissions (a module's default grants). @return whether any was new */
  public boolean grant(Set<String> more) {
    return permissions.addAll(more);
  }

  public void touch(Instant now) {
    updatedAt = now;
  }

  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("code", code);
    values.put("nameZh", nameZh);
    values.put("nameEn", nameEn);
    values.put("permissions", String.join(",", new TreeSet<>(permissions)));
    return values;
  }

  /** The name in the given language (Chinese unless English). */
  public String name(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
  }

  public String code() {
    return code;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  public String description() {
    return description;
  }

  public boolean isBuiltIn() {
    return builtIn;
  }

  public Set<String> permissions() {
    return Set.copyOf(permissions);
  }

  public long version() {
    return version;
  }
}
