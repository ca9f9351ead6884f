package cn.finegov.kernel.application.apikey;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.module.PermissionDefinition;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.Duty;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.api.security.Scope;
import cn.finegov.kernel.application.role.PermissionRegistry;
import cn.finegov.kernel.domain.model.apikey.ApiKey;
import cn.finegov.kernel.domain.model.apikey.ApiKeyRepository;
import cn.finegov.kernel.domain.model.org.OrgUnit;
import cn.finegov.kernel.domain.model.org.OrgUnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keys of external systems. A key is {@code fgk_<prefix>_<secret>}: the prefix finds it, a SHA-256
 * hash of the whole key proves it (the secret is 256 random bits, so a fast hash is enough). A key
 * carries business and system permissions only: no key manages users, roles or keys, or reads the
 * audit log. Issuing and revoking are audited as permission changes.
 */
@ApplicationScoped
@Transactional
public class ApiKeyService {

  static final String ENTITY = "ApiKey";
  private static final Pattern FORMAT = Pattern.compile("fgk_([a-z0-9]{10})_([A-Za-z0-9_-]{43})");
  private static final char[] PREFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final byte[] UNKNOWN_HASH = "0".repeat(64).getBytes(StandardCharsets.US_ASCII);

  @Inject private ApiKeyRepository keys;
  @Inject private ApiKeyUses uses;
  @Inject private VerifiedKeys verified;
  @Inject private OrgUnitRepository units;
  @Inject private PermissionRegistry permissions;
  @Inject private ActorContext actors;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  public IssuedApiKey issue(ApiKeyDraft draft) {
    Actor actor = actors.requirePermission(KernelPermissions.API_KEYS_MANAGE);
    Set<String> granted = checkedPermissions(draft.permissions());
    OrgUnit unit = null;
    if (draft.unitId() != null) {
      unit =
          units
              .find(draft.unitId())
              .filter(found -> actor.scope().covers(found.path()))
              .orElseThrow(
                  () -> ValidationException.of("unitId", "unit.not-found", draft.unitId()));
    } else if (!actor.scope().includesTop()) {
      throw ValidationException.of("unitId", "validation.required");
    }
    String prefix = newPrefix();
    String secret = "fgk_" + prefix + "_" + randomSecret();
    ApiKey key =
        ApiKey.issue(
            draft.systemName(),
            draft.description(),
            prefix,
            hash(secret),
            unit == null ? null : unit.id(),
            granted,
            draft.expiresAt(),
            actor.name(),
            clock.instant());
    keys.store(key);
    audit.record(ENTITY, key.id().toString(), "CREATE", Map.of(), key.auditValues());
    return new IssuedApiKey(view(key), secret);
  }

  public ApiKeyView revoke(long id) {
    Actor actor = actors.requirePermission(KernelPermissions.API_KEYS_MANAGE);
    ApiKey key = visible(actor, id);
    Map<String, Object> before = key.auditValues();
    key.revoke(actor.name(), clock.instant());
    verified.forget(key.prefix());
    audit.record(ENTITY, key.id().toString(), "REVOKE", before, key.auditValues());
    return view(key);
  }

  @Transactional(TxType.SUPPORTS)
  public List<ApiKeyView> list() {
    Actor actor = actors.requirePermission(KernelPermissions.API_KEYS_MANAGE);
    return keys.all().stream()
        .filter(key -> visibleTo(actor.scope(), key))
        .map(this::view)
        .toList();
  }

  @Transactional(TxType.SUPPORTS)
  public ApiKeyView find(long id) {
    return view(visible(actors.requirePermission(KernelPermissions.API_KEYS_MANAGE), id));
  }

  /**
   * The actor of a request that presents {@code presented}, when it is a usable key; notes the use
   * (in a transaction of its own, only when it is due). The key is read at most once per {@link
   * VerifiedKeys#FRESH}; the secret is checked every time. The check runs outside any transaction,
   * so that the key it reads is never a managed entity whose noted use a caller's transaction would
   * write.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public Optional<Actor> authenticate(String presented, String address) {
    Matcher matcher = FORMAT.matcher(presented == null ? "" : presented.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String prefix = matcher.group(1);
    Instant now = clock.instant();
    VerifiedKeys.Entry known = verified.fresh(prefix, now).orElse(null);
    if (known == null) {
      Optional<ApiKey> found = keys.findByPrefix(prefix);
      if (found.isEmpty()) {
        // The same work as for a known key, so that the time taken tells nothing.
        MessageDigest.isEqual(UNKNOWN_HASH, secretHashOf(matcher.group(0)));
        return Optional.empty();
      }
      known = verified.remember(prefix, found.get(), actorOf(found.get()), now);
    }
    ApiKey key = known.key();
    byte[] expected = key.secretHash().getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, secretHashOf(matcher.group(0))) || !key.isUsable(now)) {
      return Optional.empty();
    }
    boolean due;
    synchronized (key) {
      due = key.recordUse(now, address);
    }
    if (due) {
      uses.note(key);
    }
    return Optional.of(known.actor());
  }

  private static byte[] secretHashOf(String presented) {
    return hash(presented).getBytes(StandardCharsets.US_ASCII);
  }

  /** The actor of a key named by its prefix (requests after authentication), if usable. */
  @Transactional(TxType.SUPPORTS)
  public Optional<Actor> actorFor(String prefix) {
    return keys.findByPrefix(prefix)
        .filter(key -> key.isUsable(clock.instant()))
        .map(this::actorOf);
  }

  private Actor actorOf(ApiKey key) {
    Optional<OrgUnit> unit = key.unitId() == null ? Optional.empty() : units.find(key.unitId());
    return new Actor(
        principalName(key.prefix()),
        key.systemName(),
        unit.map(OrgUnit::id).orElse(null),
        unit.map(found -> found.code().value()).orElse(null),
        unit.map(OrgUnit::path).orElse(null),
        Set.of(),
        key.permissions(),
        unit.map(found -> Scope.of(List.of(found.path()))).orElse(Scope.EVERYTHING),
        Actor.Kind.SYSTEM);
  }

  /** The caller-principal name of requests made with the key. */
  public static String principalName(String prefix) {
    return "apikey:" + prefix;
  }

  private Set<String> checkedPermissions(Set<String> wanted) {
    Set<String> granted = new TreeSet<>();
    if (wanted != null) {
      wanted.stream().filter(Objects::nonNull).forEach(granted::add);
    }
    ValidationException.Collector errors = new ValidationException.Collector();
    if (granted.isEmpty()) {
      errors.add("permissions", "validation.required");
    }
    for (String key : granted) {
      Optional<PermissionDefinition> permission = permissions.find(key);
      if (permission.isEmpty()) {
        errors.add("permissions", "role.permission.unknown", key);
      } else if (permission.get().duty() == Duty.SECURITY
          || permission.get().duty() == Duty.AUDIT) {
        errors.add("permissions", "apikey.permission.not-for-systems", key);
      }
    }
    errors.throwIfAny();
    return granted;
  }

  private ApiKey visible(Actor actor, long id) {
    return keys.find(id)
        .filter(key -> visibleTo(actor.scope(), key))
        .orElseThrow(() -> DomainException.notFound("apikey.not-found", id));
  }

  private boolean visibleTo(Scope scope, ApiKey key) {
    if (key.unitId() == null) {
      return scope.includesTop();
    }
    return units.find(key.unitId()).map(unit -> scope.covers(unit.path())).orElse(false);
  }

  private ApiKeyView view(ApiKey key) {
    String unitName =
        key.unitId() == null ? null : units.find(key.unitId()).map(OrgUnit::name).orElse(null);
    return new ApiKeyView(
        key.id(),
        key.systemName(),
        key.description(),
        key.prefix(),
        key.permissions(),
        key.unitId(),
        unitName,
        key.createdBy(),
        key.createdAt(),
        key.expiresAt(),
        key.revokedAt(),
        key.revokedBy(),
        key.lastUsedAt(),
        key.lastUsedAddress(),
        key.isUsable(clock.instant()));
  }

  private String newPrefix() {
    for (int attempt = 0; attempt < 10; attempt++) {
      StringBuilder prefix = new StringBuilder(10);
      for (int i = 0; i < 10; i++) {
        prefix.append(PREFIX_ALPHABET[RANDOM.nextInt(PREFIX_ALPHABET.length)]);
      }
      if (keys.findByPrefix(prefix.toString()).isEmpty()) {
        return prefix.toString();
      }
    }
    throw new IllegalStateException("No free key prefix after ten attempts");
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String key) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the Java runtime", e);
    }
  }
}
