package cn.finegov.kernel.application.org;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.cache.FreshCache;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.i18n.MessageKey;
import cn.finegov.kernel.api.org.ExternalUnit;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.OrganisationSync;
import cn.finegov.kernel.api.org.SyncOutcome;
import cn.finegov.kernel.api.org.UnitCode;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.org.UnitType;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.api.security.Scope;
import cn.finegov.kernel.domain.model.org.OrgUnit;
import cn.finegov.kernel.domain.model.org.OrgUnitRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Maintains the organisation tree. Administrators change it by hand; the directory synchronisation
 * applies what the e-government platform sends. Every change is audited in the same transaction.
 *
 * <p>Reading and changing are confined to the actor's scope: a unit outside it does not exist for
 * him (404), except the units on the way from the top down to his scope, which he sees by name so
 * that he can find his place in the tree but cannot change (403). The {@link OrganisationDirectory}
 * methods are for other modules' services and are not scoped: those apply their own scope.
 */
@ApplicationScoped
@Transactional
public class OrganisationService implements OrganisationDirectory, OrganisationSync {

  static final String ENTITY = "OrgUnit";

  /**
   * How long {@link #findByCode} and {@link #findById} answer from what they read: a change on this
   * server applies at once, one on another server of a cluster within this time.
   */
  public static final Duration READ_FRESH = Duration.ofSeconds(10);

  @Inject private OrgUnitRepository units;
  @Inject private AuditLog audit;
  @Inject private ActorContext actors;
  @Inject private Clock clock;
  @Resource private TransactionSynchronizationRegistry transactions;

  /**
   * The units as other modules' services look them up, several times a request (a case's area, the
   * unit of a notice): read once per {@link #READ_FRESH}, forgotten by every change made here.
   */
  private final FreshCache<String, Optional<UnitSummary>> byCode =
      new FreshCache<>(READ_FRESH, 20_000);

  private final FreshCache<Long, Optional<UnitSummary>> byId = new FreshCache<>(READ_FRESH, 20_000);

  /** Creates a unit. */
  public UnitSummary create(UnitDraft draft) {
    Actor actor = actors.requirePermission(KernelPermissions.ORG_MANAGE);
    ValidationException.Collector errors = new ValidationException.Collector();
    if (draft.type() == null) {
      errors.add("type", "validation.required");
    }
    if (!UnitCode.isValid(draft.code())) {
      errors.add(
          "code", "unit.code.invalid", String.valueOf(draft.code()).strip(), UnitCode.MAX_LENGTH);
    }
    errors.throwIfAny();
    UnitCode code = UnitCode.of(draft.code());
    if (units.findByCode(code).isPresent()) {
      throw DomainException.conflict("unit.code.taken", code.value());
    }
    OrgUnit parent = draft.parentId() == null ? null : activeParent(draft.parentId());
    requireChangeableUnder(actor, parent);
    OrgUnit unit =
        createUnit(code, draft.name(), draft.shortName(), draft.type(), parent, draft.sortOrder());
    return unit.toSummary();
  }

  /** Changes name, short name, type, parent and position of a unit. */
  public UnitSummary update(long id, UnitChange change) {
    Actor actor = actors.requirePermission(KernelPermissions.ORG_MANAGE);
    OrgUnit unit = changeable(actor, id);
    if (unit.version() != change.version()) {
      throw DomainException.conflict("unit.stale", unit.code().value());
    }
    if (change.type() == null) {
      throw ValidationException.of("type", "validation.required");
    }
    OrgUnit parent = change.parentId() == null ? null : visible(actor, change.parentId());
    if (!Objects.equals(change.parentId(), unit.parentId())) {
      requireChangeableUnder(actor, parent);
    }
    Map<String, Object> before = unit.auditValues();
    boolean changed =
        applyChanges(
            unit,
            change.name(),
            change.shortName(),
            change.type(),
            parent,
            change.sortOrder() == null ? unit.sortOrder() : change.sortOrder());
    if (changed) {
      unit.touch(clock.instant());
      audit.record(ENTITY, unit.id().toString(), "UPDATE", before, unit.auditValues());
    }
    return unit.toSummary();
  }

  /** Takes a unit out of use; refused while active units stand below it. */
  public UnitSummary deactivate(long id) {
    OrgUnit unit = changeable(actors.requirePermission(KernelPermissions.ORG_MANAGE), id);
    deactivateUnit(unit);
    return unit.toSummary();
  }

  /** Puts a unit back into use; its parent must be active. */
  public UnitSummary reactivate(long id) {
    OrgUnit unit = changeable(actors.requirePermission(KernelPermissions.ORG_MANAGE), id);
    reactivateUnit(unit);
    return unit.toSummary();
  }

  @Override
  public SyncOutcome apply(ExternalUnit external) {
    actors.requirePermission(KernelPermissions.ORG_SYNC);
    ValidationException.Collector errors = new ValidationException.Collector();
    if (external.type() == null) {
      errors.add("type", "validation.required");
    }
    if (!UnitCode.isValid(external.code())) {
      errors.add(
          "code",
          "unit.code.invalid",
          String.valueOf(external.code()).strip(),
          UnitCode.MAX_LENGTH);
    }
    if (external.parentCode() != null && !UnitCode.isValid(external.parentCode())) {
      errors.add("parentCode", "unit.code.invalid", external.parentCode(), UnitCode.MAX_LENGTH);
    }
    errors.throwIfAny();
    UnitCode code = UnitCode.of(external.code());
    OrgUnit parent = null;
    if (external.parentCode() != null) {
      UnitCode parentCode = UnitCode.of(external.parentCode());
      if (parentCode.equals(code)) {
        throw DomainException.rule("unit.parent.self", code.value());
      }
      parent =
          units
              .findByCode(parentCode)
              .orElseThrow(() -> DomainException.rule("unit.parent.unknown", parentCode.value()));
    }
    Optional<OrgUnit> found = units.findByCode(code);
    if (found.isEmpty()) {
      if (!external.active()) {
        return SyncOutcome.UNCHANGED;
      }
      if (parent != null && !parent.isActive()) {
        throw DomainException.rule("unit.parent.inactive", parent.code().value());
      }
      createUnit(
          code,
          external.name(),
          external.shortName(),
          external.type(),
          parent,
          external.sortOrder());
      return SyncOutcome.CREATED;
    }
    OrgUnit unit = found.get();
    if (!external.active()) {
      return deactivateUnit(unit) ? SyncOutcome.DEACTIVATED : SyncOutcome.UNCHANGED;
    }
    boolean reactivated = false;
    if (!unit.isActive()) {
      reactivated = reactivateUnit(unit);
    }
    Map<String, Object> before = unit.auditValues();
    boolean changed =
        applyChanges(
            unit,
            external.name(),
            external.shortName(),
            external.type(),
            parent,
            external.sortOrder() == null ? unit.sortOrder() : external.sortOrder());
    if (changed) {
      unit.touch(clock.instant());
      audit.record(ENTITY, unit.id().toString(), "UPDATE", before, unit.auditValues());
    }
    if (reactivated) {
      return SyncOutcome.REACTIVATED;
    }
    return changed ? SyncOutcome.UPDATED : SyncOutcome.UNCHANGED;
  }

  private OrgUnit createUnit(
      UnitCode code,
      String name,
      String shortName,
      UnitType type,
      OrgUnit parent,
      Integer sortOrder) {
    changing();
    OrgUnit unit =
        OrgUnit.create(
            code,
            name,
            shortName,
            type,
            parent,
            sortOrder == null ? 0 : sortOrder,
            clock.instant());
    units.store(unit);
    unit.placeUnder(parent);
    audit.record(ENTITY, unit.id().toString(), "CREATE", Map.of(), unit.auditValues());
    return unit;
  }

  private boolean applyChanges(
      OrgUnit unit, String name, String shortName, UnitType type, OrgUnit parent, int sortOrder) {
    changing();
    boolean described = unit.describe(name, shortName, sortOrder);
    if (type != unit.type()) {
      for (OrgUnit child : units.children(unit.id())) {
        if (!child.type().mayBeChildOf(type)) {
          throw DomainException.rule(
              "unit.retype.children",
              unit.code().value(),
              new MessageKey(type.labelKey()),
              child.code().value(),
              new MessageKey(child.type().labelKey()));
        }
      }
    }
    OrgUnit.Placement placement = unit.place(type, parent);
    if (placement.moved()) {
      units.rewritePaths(placement.previousPath(), unit.path());
    }
    return described || placement.changed();
  }

  private boolean deactivateUnit(OrgUnit unit) {
    if (!unit.isActive()) {
      return false;
    }
    long activeChildren = units.countActiveChildren(unit.id());
    if (activeChildren > 0) {
      throw DomainException.rule(
          "unit.deactivate.active-children", unit.code().value(), activeChildren);
    }
    changing();
    Map<String, Object> before = unit.auditValues();
    unit.deactivate();
    unit.touch(clock.instant());
    audit.record(ENTITY, unit.id().toString(), "DEACTIVATE", before, unit.auditValues());
    return true;
  }

  private boolean reactivateUnit(OrgUnit unit) {
    OrgUnit parent = unit.parentId() == null ? null : existing(unit.parentId());
    changing();
    Map<String, Object> before = unit.auditValues();
    if (!unit.reactivate(parent)) {
      return false;
    }
    unit.touch(clock.instant());
    audit.record(ENTITY, unit.id().toString(), "REACTIVATE", before, unit.auditValues());
    return true;
  }

  private OrgUnit existing(long id) {
    return units.find(id).orElseThrow(() -> DomainException.notFound("unit.not-found", id));
  }

  /**
   * The unit if the actor sees it (in his scope or on the way to it); otherwise it does not exist
   * for him.
   */
  private OrgUnit visible(Actor actor, long id) {
    OrgUnit unit = existing(id);
    if (!visibleTo(actor.scope(), unit)) {
      throw DomainException.notFound("unit.not-found", id);
    }
    return unit;
  }

  /**
   * The unit if it lies in the actor's scope; 404 when he cannot see it, 403 when he only sees it.
   */
  private OrgUnit changeable(Actor actor, long id) {
    OrgUnit unit = visible(actor, id);
    if (!actor.scope().covers(unit.path())) {
      throw DomainException.forbidden("unit.out-of-scope", unit.code().value());
    }
    return unit;
  }

  /** A unit may be put under {@code parent} (the top for {@code null}) only inside the scope. */
  private static void requireChangeableUnder(Actor actor, OrgUnit parent) {
    boolean allowed =
        parent == null ? actor.scope().includesTop() : actor.scope().covers(parent.path());
    if (!allowed) {
      throw DomainException.forbidden(
          "unit.out-of-scope", parent == null ? "/" : parent.code().value());
    }
  }

  private static boolean visibleTo(Scope scope, OrgUnit unit) {
    return scope.covers(unit.path()) || scope.leadsTo(unit.path());
  }

  private UnitNode toNode(Scope scope, OrgUnit unit, boolean hasChildren) {
    return new UnitNode(unit.toSummary(), hasChildren, unit.version(), scope.covers(unit.path()));
  }

  private OrgUnit activeParent(long id) {
    OrgUnit parent = visible(actors.current(), id);
    if (!parent.isActive()) {
      throw DomainException.rule("unit.parent.inactive", parent.code().value());
    }
    return parent;
  }

  // ---- reading
  // -------------------------------------------------------------------------------------------

  /** The units directly below {@code parentId} (the top of the tree for {@code null}). */
  @Transactional(TxType.SUPPORTS)
  public List<UnitNode> children(Long parentId) {
    Actor actor = actors.requirePermission(KernelPermissions.ORG_READ);
    if (parentId != null) {
      visible(actor, parentId);
    }
    Scope scope = actor.scope();
    List<OrgUnit> children =
        units.children(parentId).stream().filter(unit -> visibleTo(scope, unit)).toList();
    Map<Long, Boolean> below = units.hasChildren(children.stream().map(OrgUnit::id).toList());
    return children.stream().map(unit -> toNode(scope, unit, below.get(unit.id()))).toList();
  }

  /** One unit with its version. */
  @Transactional(TxType.SUPPORTS)
  public UnitNode node(long id) {
    Actor actor = actors.requirePermission(KernelPermissions.ORG_READ);
    OrgUnit unit = visible(actor, id);
    boolean hasChildren = units.hasChildren(List.of(unit.id())).get(unit.id());
    return toNode(actor.scope(), unit, hasChildren);
  }

  /** One unit by code, as {@link #node(long)}. */
  @Transactional(TxType.SUPPORTS)
  public UnitNode nodeByCode(String code) {
    Actor actor = actors.requirePermission(KernelPermissions.ORG_READ);
    OrgUnit unit =
        (UnitCode.isValid(code) ? units.findByCode(UnitCode.of(code)) : Optional.<OrgUnit>empty())
            .filter(found -> visibleTo(actor.scope(), found))
            .orElseThrow(() -> DomainException.notFound("unit.code.not-found", code));
    boolean hasChildren = units.hasChildren(List.of(unit.id())).get(unit.id());
    return toNode(actor.scope(), unit, hasChildren);
  }

  /** Units whose name or code contains {@code text}. */
  @Transactional(TxType.SUPPORTS)
  public List<UnitSummary> search(String text, int limit) {
    Actor actor = actors.requirePermission(KernelPermissions.ORG_READ);
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return units.search(text, actor.scope(), Math.max(1, Math.min(limit, 200))).stream()
        .map(OrgUnit::toSummary)
        .toList();
  }

  /** Every unit in the actor's scope, parents before children (for exports). */
  @Transactional(TxType.SUPPORTS)
  public List<UnitSummary> unitsInScope() {
    return units.within(actors.requirePermission(KernelPermissions.ORG_READ).scope()).stream()
        .map(OrgUnit::toSummary)
        .toList();
  }

  /** Number of active units per type in the actor's scope. */
  @Transactional(TxType.SUPPORTS)
  public Map<UnitType, Long> countActiveByType() {
    return units.countActiveByType(actors.requirePermission(KernelPermissions.ORG_READ).scope());
  }

  @Override
  @Transactional(TxType.SUPPORTS)
  public Optional<UnitSummary> findById(long id) {
    return byId.get(id, clock.instant(), key -> units.find(key).map(OrgUnit::toSummary));
  }

  @Override
  @Transactional(TxType.SUPPORTS)
  public Optional<UnitSummary> findByCode(String code) {
    if (!UnitCode.isValid(code)) {
      return Optional.empty();
    }
    return byCode.get(
        UnitCode.of(code).value(),
        clock.instant(),
        key -> units.findByCode(UnitCode.of(key)).map(OrgUnit::toSummary));
  }

  /** Every change of a unit, its place or its subtree's paths makes the cached units unknown. */
  private void changing() {
    byCode.forgetAll(transactions);
    byId.forgetAll(transactions);
  }

  @Override
  @Transactional(TxType.SUPPORTS)
  public List<UnitSummary> subtree(long unitId) {
    return units.subtree(existing(unitId)).stream().map(OrgUnit::toSummary).toList();
  }

  @Override
  @Transactional(TxType.SUPPORTS)
  public List<UnitSummary> roots() {
    return units.roots().stream().map(OrgUnit::toSummary).toList();
  }

  @Override
  @Transactional(TxType.SUPPORTS)
  public List<UnitSummary> within(Scope scope) {
    return units.within(scope).stream().map(OrgUnit::toSummary).toList();
  }
}
