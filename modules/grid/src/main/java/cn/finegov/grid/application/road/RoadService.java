package cn.finegov.grid.application.road;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.grid.domain.model.grid.GridLocator;
import cn.finegov.grid.domain.model.road.ChiefTier;
import cn.finegov.grid.domain.model.road.RoadChief;
import cn.finegov.grid.domain.model.road.RoadRepository;
import cn.finegov.grid.domain.model.road.RoadSegment;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.privacy.PersonalDataMask;
import cn.finegov.kernel.api.security.AccessDeniedException;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Road segments and their chiefs. Reading needs {@code grid.reference.read} (reference data of the
 * whole city; chiefs' phones masked unless the reader also manages reference data); changing needs
 * {@code grid.reference.manage} and the segment's street in the actor's scope. Every change is
 * audited in its transaction.
 */
@ApplicationScoped
@Transactional
public class RoadService {

  static final String SEGMENT = "RoadSegment";
  static final String CHIEF = "RoadChief";

  @Inject RoadRepository roads;
  @Inject OrganisationDirectory directory;
  @Inject ActorContext actors;
  @Inject AuditLog audit;
  @Inject Instance<GridLocator> locator;

  @Transactional(TxType.SUPPORTS)
  public List<RoadView> list(String text, boolean activeOnly) {
    Actor actor = readable();
    List<RoadSegment> segments = roads.search(text, activeOnly);
    Map<Long, List<RoadChief>> chiefs =
        roads.chiefsOf(segments.stream().map(RoadSegment::id).toList()).stream()
            .collect(Collectors.groupingBy(RoadChief::segmentId));
    Map<String, Optional<UnitSummary>> units = new HashMap<>();
    return segments.stream()
        .map(s -> view(actor, s, chiefs.getOrDefault(s.id(), List.of()), units))
        .toList();
  }

  @Transactional(TxType.SUPPORTS)
  public RoadView find(long id) {
    Actor actor = readable();
    RoadSegment segment = segment(id);
    return view(actor, segment, roads.chiefsOf(id), new HashMap<>());
  }

  @Transactional(TxType.SUPPORTS)
  public SignboardView signboard(long id) {
    readable();
    RoadSegment segment = segment(id);
    Map<String, Optional<UnitSummary>> units = new HashMap<>();
    return new SignboardView(
        segment.code(),
        segment.name(),
        segment.fromPlace(),
        segment.toPlace(),
        segment.lengthMetres(),
        unitName(segment.streetUnit(), units),
        roads.chiefsOf(id).stream()
            .sorted(Comparator.comparing(RoadChief::tier))
            .map(
                c ->
                    new SignboardView.Chief(
                        c.tier().name(), c.name(), unitName(c.unitCode(), units)))
            .toList(),
        segment.signPhone());
  }

  /** The segments the signed-in person is a chief of (what the mobile app offers for patrols). */
  @Transactional(TxType.SUPPORTS)
  public List<RoadView> mine() {
    Actor actor = actors.requireSignedIn();
    Map<String, Optional<UnitSummary>> units = new HashMap<>();
    return roads.chiefPostsOf(actor.name()).stream()
        .map(RoadChief::segmentId)
        .distinct()
        .map(roads::find)
        .flatMap(Optional::stream)
        .filter(RoadSegment::active)
        .map(s -> view(actor, s, roads.chiefsOf(s.id()), units))
        .toList();
  }

  public RoadView create(RoadDraft draft) {
    Actor actor = actors.requirePermission(GridModule.REFERENCE_MANAGE);
    RoadSegment.Values values = checked(actor, draft);
    String code = draft.code() == null ? "" : draft.code().strip();
    if (roads.findByCode(code).isPresent()) {
      throw DomainException.conflict("grid.road.code-taken", code);
    }
    RoadSegment segment = roads.store(RoadSegment.create(code, values));
    audit.record(SEGMENT, String.valueOf(segment.id()), "CREATE", Map.of(), segment.auditValues());
    return view(actor, segment, List.of(), new HashMap<>());
  }

  public RoadView update(long id, long version, RoadDraft draft) {
    Actor actor = actors.requirePermission(GridModule.REFERENCE_MANAGE);
    RoadSegment segment = managed(actor, id, version);
    RoadSegment.Values values = checked(actor, draft);
    Map<String, Object> before = segment.auditValues();
    segment.describe(values);
    audit.record(SEGMENT, String.valueOf(id), "UPDATE", before, segment.auditValues());
    return view(actor, segment, roads.chiefsOf(id), new HashMap<>());
  }

  public RoadView activate(long id, boolean on) {
    Actor actor = actors.requirePermission(GridModule.REFERENCE_MANAGE);
    RoadSegment segment = segment(id);
    requireScope(actor, segment.streetUnit());
    if (segment.active() != on) {
      Map<String, Object> before = segment.auditValues();
      segment.activate(on);
      audit.record(
          SEGMENT,
          String.valueOf(id),
          on ? "ACTIVATE" : "DEACTIVATE",
          before,
          segment.auditValues());
    }
    return view(actor, segment, roads.chiefsOf(id), new HashMap<>());
  }

  public ChiefView appoint(long segmentId, ChiefDraft draft) {
    Actor actor = actors.requirePermission(GridModule.REFERENCE_MANAGE);
    RoadSegment segment = segment(segmentId);
    requireScope(actor, segment.streetUnit());
    RoadChief.Values values = checked(draft);
    requireOnePostPerPerson(segmentId, values, null);
    RoadChief chief = roads.store(RoadChief.appoint(segmentId, values));
    audit.record(CHIEF, String.valueOf(chief.id()), "CREATE", Map.of(), chief.auditValues());
    return view(actor, chief, new HashMap<>());
  }

  public ChiefView changeChief(long chiefId, long version, ChiefDraft draft) {
    Actor actor = actors.requirePermission(GridModule.REFERENCE_MANAGE);
    RoadChief chief = chief(chiefId);
    requireScope(actor, segment(chief.segmentId()).streetUnit());
    if (chief.version() != version) {
      throw DomainException.conflict("grid.road.stale");
    }
    RoadChief.Values values = checked(draft);
    requireOnePostPerPerson(chief.segmentId(), values, chiefId);
    Map<String, Object> before = chief.auditValues();
    chief.describe(values);
    audit.record(CHIEF, String.valueOf(chiefId), "UPDATE", before, chief.auditValues());
    return view(actor, chief, new HashMap<>());
  }

  public void removeChief(long chiefId) {
    Actor actor = actors.requirePermission(GridModule.REFERENCE_MANAGE);
    RoadChief chief = chief(chiefId);
    requireScope(actor, segment(chief.segmentId()).streetUnit());
    Map<String, Object> before = chief.auditValues();
    roads.remove(chief);
    audit.record(CHIEF, String.valueOf(chiefId), "DELETE", before, Map.of());
  }

  private Actor readable() {
    return actors.requirePermission(GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE);
  }

  RoadSegment segment(long id) {
    return roads.find(id).orElseThrow(() -> DomainException.notFound("grid.road.not-found", id));
  }

  private RoadChief chief(long id) {
    return roads
        .findChief(id)
        .orElseThrow(() -> DomainException.notFound("grid.road.chief.not-found", id));
  }

  private RoadSegment managed(Actor actor, long id, long version) {
    RoadSegment segment = segment(id);
    requireScope(actor, segment.streetUnit());
    if (segment.version() != version) {
      throw DomainException.conflict("grid.road.stale");
    }
    return segment;
  }

  private void requireScope(Actor actor, String unitCode) {
    Optional<UnitSummary> unit = directory.findByCode(unitCode);
    if (unit.isPresent() && !actor.scope().covers(unit.get().path())) {
      throw new AccessDeniedException(false);
    }
  }

  private RoadSegment.Values checked(Actor actor, RoadDraft draft) {
    if (draft == null) {
      throw ValidationException.of("body", "validation.body-required");
    }
    RoadSegment.Values values =
        RoadSegment.checked(
            draft.name(),
            draft.fromPlace(),
            draft.toPlace(),
            draft.streetUnit(),
            draft.gridCode(),
            draft.geometry(),
            draft.signPhone());
    UnitSummary street =
        directory
            .findByCode(values.streetUnit())
            .filter(UnitSummary::active)
            .orElseThrow(
                () ->
                    ValidationException.of(
                        "streetUnit", "grid.road.unit-unknown", values.streetUnit()));
    if (!actor.scope().covers(street.path())) {
      throw ValidationException.of("streetUnit", "grid.road.unit-outside", values.streetUnit());
    }
    if (values.gridCode() != null && locator.isResolvable()) {
      if (locator.get().find(GridCode.of(values.gridCode())).isEmpty()) {
        throw ValidationException.of("gridCode", "grid.road.grid-unknown", values.gridCode());
      }
    }
    return values;
  }

  private RoadChief.Values checked(ChiefDraft draft) {
    if (draft == null) {
      throw ValidationException.of("body", "validation.body-required");
    }
    RoadChief.Values values =
        RoadChief.checked(
            draft.tier(), draft.name(), draft.username(), draft.unitCode(), draft.phone());
    if (directory.findByCode(values.unitCode()).isEmpty()) {
      throw ValidationException.of("unitCode", "grid.road.unit-unknown", values.unitCode());
    }
    return values;
  }

  private void requireOnePostPerPerson(long segmentId, RoadChief.Values values, Long except) {
    if (values.username() == null) {
      return;
    }
    boolean taken =
        roads.chiefsOf(segmentId).stream()
            .anyMatch(c -> c.isPerson(values.username()) && !c.id().equals(except));
    if (taken) {
      throw DomainException.conflict("grid.road.chief.twice", values.username());
    }
  }

  private RoadView view(
      Actor actor,
      RoadSegment segment,
      List<RoadChief> chiefs,
      Map<String, Optional<UnitSummary>> units) {
    return new RoadView(
        segment.id(),
        segment.version(),
        segment.code(),
        segment.name(),
        segment.fromPlace(),
        segment.toPlace(),
        segment.streetUnit(),
        unitName(segment.streetUnit(), units),
        segment.gridCode(),
        segment.geometry(),
        segment.lengthMetres(),
        segment.signPhone(),
        segment.active(),
        chiefs.stream()
            .sorted(Comparator.comparing(RoadChief::tier).thenComparing(RoadChief::id))
            .map(c -> view(actor, c, units))
            .toList());
  }

  private ChiefView view(Actor actor, RoadChief chief, Map<String, Optional<UnitSummary>> units) {
    boolean full = actor.hasPermission(GridModule.REFERENCE_MANAGE);
    return new ChiefView(
        chief.id(),
        chief.version(),
        chief.segmentId(),
        chief.tier().name(),
        chief.name(),
        chief.username(),
        chief.unitCode(),
        unitName(chief.unitCode(), units),
        full ? chief.phone() : PersonalDataMask.phone(chief.phone()),
        !full && chief.phone() != null);
  }

  private String unitName(String code, Map<String, Optional<UnitSummary>> units) {
    return units
        .computeIfAbsent(code, directory::findByCode)
        .map(u -> u.shortName() == null ? u.name() : u.shortName())
        .orElse(code);
  }

  /** The tiers in their order (for screens). */
  public List<ChiefTier> tiers() {
    return List.of(ChiefTier.values());
  }
}
