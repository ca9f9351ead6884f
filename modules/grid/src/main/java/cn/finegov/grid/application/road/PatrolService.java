package cn.finegov.grid.application.road;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import cn.finegov.grid.domain.model.road.Patrol;
import cn.finegov.grid.domain.model.road.PatrolPoint;
import cn.finegov.grid.domain.model.road.PatrolRepository;
import cn.finegov.grid.domain.model.road.PatrolRule;
import cn.finegov.grid.domain.model.road.RoadChief;
import cn.finegov.grid.domain.model.road.RoadRepository;
import cn.finegov.grid.domain.model.road.RoadSegment;
import cn.finegov.grid.domain.model.road.TrackPoint;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Patrol check-ins of road chiefs. Only a chief of the segment, signed in under his own login, may
 * start a patrol on it, add its track and end it; the places and times follow {@link PatrolRule}. A
 * chief has at most one open patrol; one left open longer than the rule allows is closed
 * automatically (by {@link PatrolCloserJob}, and at once when its chief starts the next). Reading
 * patrols needs {@code grid.reference.read}; a chief always reads his own. Audit entries keep
 * counts and times, never the places (a person's track is personal data).
 */
@ApplicationScoped
@Transactional
public class PatrolService {

  static final String ENTITY = "Patrol";

  /** Setting keys the module may declare; the rule's defaults apply while it does not. */
  public static final String MAX_DISTANCE = "patrol.max-distance-metres";

  public static final String MAX_OPEN_HOURS = "patrol.max-open-hours";

  @Inject PatrolRepository patrols;
  @Inject RoadRepository roads;
  @Inject ActorContext actors;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject ModuleSettings settings;
  @Inject GridModule module;

  /** The rule in force. */
  public PatrolRule rule() {
    return new PatrolRule(
        setting(MAX_DISTANCE, PatrolRule.DEFAULT_DISTANCE_METRES),
        setting(MAX_OPEN_HOURS, PatrolRule.DEFAULT_OPEN_HOURS));
  }

  private int setting(String key, int fallback) {
    // Read only when the module declares the setting: reading an undeclared one fails inside the
    // settings service and would leave the caller's transaction marked for rollback.
    boolean declared = module.settings().stream().anyMatch(d -> d.key().equals(key));
    if (!declared) {
      return fallback;
    }
    int value = settings.getInt(GridModule.KEY, key);
    return value > 0 ? value : fallback;
  }

  public PatrolView start(long segmentId, Instant at, Double latitude, Double longitude) {
    Actor actor = actors.requireSignedIn();
    RoadSegment segment =
        roads
            .find(segmentId)
            .filter(RoadSegment::active)
            .orElseThrow(() -> DomainException.notFound("grid.road.not-found", segmentId));
    requireChief(actor, segment);
    Instant now = clock.instant();
    TrackPoint start = new TrackPoint(at == null ? now : at, place(latitude, longitude, 0));
    PatrolRule rule = rule();
    Optional<Patrol> open = patrols.openPatrolOf(actor.name());
    if (open.isPresent()) {
      if (!rule.isStale(open.get().startedAt(), now)) {
        throw DomainException.conflict("grid.patrol.open-exists", open.get().id());
      }
      closeAutomatically(open.get());
    }
    rule.checkStart(segment.line(), start, now);
    Patrol patrol = patrols.store(Patrol.start(segment.id(), actor.name(), start));
    audit.record(ENTITY, String.valueOf(patrol.id()), "START", Map.of(), patrol.auditValues());
    return view(patrol, segment, null);
  }

  public PatrolView addPoints(long patrolId, List<TrackPoint> points) {
    Actor actor = actors.requireSignedIn();
    Patrol patrol = ownPatrol(actor, patrolId);
    if (!patrol.isOpen()) {
      throw DomainException.conflict("grid.patrol.ended", patrolId);
    }
    RoadSegment segment = segmentOf(patrol);
    List<TrackPoint> batch = points == null ? List.of() : points;
    rule().checkPoints(segment.line(), patrol.lastTime(), batch, clock.instant());
    for (TrackPoint point : batch) {
      patrols.add(new PatrolPoint(patrol.id(), point));
    }
    Map<String, Object> before = patrol.auditValues();
    patrol.tracked(batch, PatrolRule.distanceAlong(patrol.lastPlace(), batch));
    audit.record(ENTITY, String.valueOf(patrolId), "TRACK", before, patrol.auditValues());
    return view(patrol, segment, null);
  }

  public PatrolView end(long patrolId, Instant at, String note, Integer problemsFound) {
    Actor actor = actors.requireSignedIn();
    Patrol patrol = ownPatrol(actor, patrolId);
    Instant now = clock.instant();
    Instant end = at == null ? now : at;
    if (end.isAfter(now.plus(PatrolRule.CLOCK_SKEW))) {
      throw ValidationException.of("endedAt", "grid.patrol.future", 0);
    }
    Map<String, Object> before = patrol.auditValues();
    patrol.end(end, note, problemsFound == null ? 0 : problemsFound);
    audit.record(ENTITY, String.valueOf(patrolId), "END", before, patrol.auditValues());
    return view(patrol, segmentOf(patrol), null);
  }

  /** One patrol with its track. */
  @Transactional(TxType.SUPPORTS)
  public PatrolView find(long patrolId) {
    Actor actor = actors.requireSignedIn();
    Patrol patrol =
        patrols
            .find(patrolId)
            .filter(p -> mayRead(actor, p))
            .orElseThrow(() -> DomainException.notFound("grid.patrol.not-found", patrolId));
    return view(patrol, segmentOf(patrol), patrols.track(patrolId));
  }

  /**
   * Patrols, newest first (at most {@code max}); readers without {@code grid.reference.read} see
   * their own only.
   */
  @Transactional(TxType.SUPPORTS)
  public List<PatrolView> list(Long segmentId, Instant from, Instant to, int max) {
    Actor actor = actors.requireSignedIn();
    if (from != null && to != null && !from.isBefore(to)) {
      throw ValidationException.of("to", "grid.patrol.range");
    }
    String chief = readsAll(actor) ? null : actor.name();
    Map<Long, RoadSegment> segments = new HashMap<>();
    List<PatrolView> views = new ArrayList<>();
    for (Patrol patrol :
        patrols.search(segmentId, from, to, chief, Math.max(1, Math.min(max, 1000)))) {
      RoadSegment segment =
          segments.computeIfAbsent(patrol.segmentId(), id -> roads.find(id).orElse(null));
      views.add(view(patrol, segment, null));
    }
    return views;
  }

  /**
   * Closes every patrol left open longer than the rule allows.
   *
   * @return how many were closed
   */
  public int closeStale() {
    actors.requirePermission(GridModule.REFERENCE_MANAGE);
    Instant now = clock.instant();
    PatrolRule rule = rule();
    List<Patrol> stale =
        patrols.openStartedBefore(now.minus(java.time.Duration.ofHours(rule.maxOpenHours())));
    stale.forEach(this::closeAutomatically);
    return stale.size();
  }

  private void closeAutomatically(Patrol patrol) {
    Map<String, Object> before = patrol.auditValues();
    patrol.closeAutomatically();
    audit.record(ENTITY, String.valueOf(patrol.id()), "AUTO_CLOSE", before, patrol.auditValues());
  }

  private void requireChief(Actor actor, RoadSegment segment) {
    boolean chief = roads.chiefsOf(segment.id()).stream().anyMatch(c -> c.isPerson(actor.name()));
    if (!chief) {
      throw DomainException.forbidden("grid.patrol.not-chief", segment.code());
    }
  }

  private Patrol ownPatrol(Actor actor, long patrolId) {
    Patrol patrol =
        patrols
            .find(patrolId)
            .filter(p -> mayRead(actor, p))
            .orElseThrow(() -> DomainException.notFound("grid.patrol.not-found", patrolId));
    if (!patrol.chiefUsername().equals(actor.name())) {
      throw DomainException.forbidden("grid.patrol.not-own", patrolId);
    }
    return patrol;
  }

  private static boolean readsAll(Actor actor) {
    return actor.hasAnyPermission(GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE);
  }

  private static boolean mayRead(Actor actor, Patrol patrol) {
    return readsAll(actor) || patrol.chiefUsername().equals(actor.name());
  }

  private RoadSegment segmentOf(Patrol patrol) {
    return roads
        .find(patrol.segmentId())
        .orElseThrow(() -> DomainException.notFound("grid.road.not-found", patrol.segmentId()));
  }

  private static GeoPoint place(Double latitude, Double longitude, int number) {
    if (latitude == null || longitude == null) {
      throw ValidationException.of("place", "grid.patrol.place-required", number);
    }
    try {
      return GeoPoint.of(latitude, longitude);
    } catch (DomainException invalid) {
      throw ValidationException.of("place", "grid.patrol.place-invalid", number);
    }
  }

  /** A track point from what a client sent; {@code number} counts from 1 in its batch. */
  public static TrackPoint point(Instant at, Double latitude, Double longitude, int number) {
    if (at == null) {
      throw ValidationException.of("points", "grid.patrol.time-required", number);
    }
    return new TrackPoint(at, place(latitude, longitude, number));
  }

  private static PatrolView view(Patrol patrol, RoadSegment segment, List<TrackPoint> track) {
    GeoPoint start = patrol.startPlace();
    return new PatrolView(
        patrol.id(),
        patrol.segmentId(),
        segment == null ? null : segment.code(),
        segment == null ? null : segment.name(),
        patrol.chiefUsername(),
        patrol.startedAt(),
        start.latitude(),
        start.longitude(),
        patrol.endedAt(),
        patrol.pointCount(),
        patrol.distanceMetres(),
        patrol.problemsFound(),
        patrol.note(),
        patrol.autoClosed(),
        track == null
            ? null
            : track.stream()
                .map(p -> new PatrolView.Point(p.at(), p.place().latitude(), p.place().longitude()))
                .toList());
  }

  /** For screens: the chief posts of a person. */
  @Transactional(TxType.SUPPORTS)
  public List<RoadChief> postsOf(String username) {
    return roads.chiefPostsOf(username);
  }
}
