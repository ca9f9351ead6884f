package cn.finegov.kernel.application.calendar;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.calendar.ComputedDeadline;
import cn.finegov.kernel.api.calendar.DeadlineOwner;
import cn.finegov.kernel.api.calendar.DeadlineRecomputed;
import cn.finegov.kernel.api.calendar.DeadlineRegistry;
import cn.finegov.kernel.api.calendar.DeadlineRequest;
import cn.finegov.kernel.api.calendar.DeadlineView;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.domain.model.calendar.CalendarSnapshot;
import cn.finegov.kernel.domain.model.calendar.Deadline;
import cn.finegov.kernel.domain.model.calendar.DeadlineRepository;
import cn.finegov.kernel.domain.model.calendar.OfficeHours;
import cn.finegov.kernel.domain.model.calendar.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The deadline registry. Registering and closing need a signed-in actor (person or system flow);
 * the owning module checks who may act on its records before it calls. Recomputation runs inside
 * the calendar change that caused it, as its actor.
 */
@ApplicationScoped
@Transactional
public class DeadlineService implements DeadlineRegistry {

  static final String ENTITY = "Deadline";

  @Inject private DeadlineRepository deadlines;
  @Inject private WorkingCalendarService calendar;
  @Inject private ActorContext actors;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private Event<DeadlineRecomputed> recomputed;

  @Override
  public DeadlineView register(DeadlineRequest request) {
    Actor actor = actors.requireSignedIn();
    Optional<Deadline> open = deadlines.findOpen(request.owner(), request.kind());
    if (open.isPresent()) {
      throw DomainException.conflict(
          "calendar.deadline.open-exists",
          request.kind(),
          ownerText(request.owner()),
          open.get().id().toString());
    }
    Deadline deadline = store(request, actor);
    audit.record(ENTITY, deadline.id().toString(), "CREATE", Map.of(), deadline.auditValues());
    return view(deadline);
  }

  @Override
  public DeadlineView registerNew(DeadlineRequest request) {
    return view(store(request, actors.requireSignedIn()));
  }

  private Deadline store(DeadlineRequest request, Actor actor) {
    ComputedDeadline computed = calendar.compute(request.rule(), request.start(), request.region());
    Deadline deadline =
        Deadline.register(request.owner(), request.kind(), computed, actor.name(), clock.instant());
    deadlines.store(deadline);
    return deadline;
  }

  @Override
  public DeadlineView close(long id) {
    Actor actor = actors.requireSignedIn();
    Deadline deadline =
        deadlines
            .find(id)
            .orElseThrow(
                () -> DomainException.notFound("calendar.deadline.not-found", String.valueOf(id)));
    close(deadline, actor);
    return view(deadline);
  }

  @Override
  public Optional<DeadlineView> close(DeadlineOwner owner, String kind) {
    Actor actor = actors.requireSignedIn();
    Optional<Deadline> open = deadlines.findOpen(owner, kind);
    open.ifPresent(deadline -> close(deadline, actor));
    return open.map(DeadlineService::view);
  }

  private void close(Deadline deadline, Actor actor) {
    Map<String, Object> before = deadline.auditValues();
    if (deadline.close(actor.name(), clock.instant())) {
      audit.record(ENTITY, deadline.id().toString(), "CLOSE", before, deadline.auditValues());
    }
  }

  @Override
  @Transactional(TxType.SUPPORTS)
  public Optional<DeadlineView> find(long id) {
    actors.requireSignedIn();
    return deadlines.find(id).map(DeadlineService::view);
  }

  @Override
  @Transactional(TxType.SUPPORTS)
  public List<DeadlineView> ofOwner(DeadlineOwner owner) {
    actors.requireSignedIn();
    return deadlines.ofOwner(owner).stream().map(DeadlineService::view).toList();
  }

  /**
   * Recomputes the open deadlines whose span touches the changed dates, with the calendar as it is
   * after the change. Each deadline that moves (due date, provisional mark or explanation) is
   * audited with its due date before and after and announced with {@link DeadlineRecomputed}.
   *
   * @param hours the office hours, asked for only when a deadline counts working time
   * @return how many moved
   */
  int recomputeTouching(
      CalendarSnapshot snapshot,
      Region region,
      LocalDate from,
      LocalDate to,
      Supplier<OfficeHours> hours) {
    int moved = 0;
    Instant now = clock.instant();
    for (Deadline deadline : deadlines.openTouching(region, from, to)) {
      Region own = Region.of(deadline.regionCode());
      ComputedDeadline computed =
          deadline.rule().hours()
              ? snapshot.addWorkingMinutes(
                  deadline.start(), deadline.rule().amount(), own, hours.get())
              : snapshot.addWorkingDays(deadline.startDate(), deadline.rule().amount(), own);
      LocalDate previousDate = deadline.dueDate();
      LocalTime previousTime = deadline.dueTime();
      boolean previouslyProvisional = deadline.provisional();
      long previousVersion = deadline.calendarVersion();
      Map<String, Object> before = dueValues(deadline);
      if (deadline.recompute(computed, now)) {
        audit.record(ENTITY, deadline.id().toString(), "RECOMPUTE", before, dueValues(deadline));
        recomputed.fire(
            new DeadlineRecomputed(
                view(deadline),
                previousDate,
                previousTime,
                previouslyProvisional,
                previousVersion));
        moved++;
      }
    }
    return moved;
  }

  private static Map<String, Object> dueValues(Deadline deadline) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("dueDate", deadline.dueDate().toString());
    values.put("dueTime", deadline.dueTime() == null ? null : deadline.dueTime().toString());
    values.put("provisional", deadline.provisional());
    values.put("calendarVersion", deadline.calendarVersion());
    return values;
  }

  private static String ownerText(DeadlineOwner owner) {
    return owner.module() + "/" + owner.type() + "/" + owner.id();
  }

  static DeadlineView view(Deadline deadline) {
    return new DeadlineView(
        deadline.id(),
        deadline.owner(),
        deadline.kind(),
        deadline.regionCode(),
        deadline.rule(),
        deadline.startDate(),
        deadline.startTime(),
        deadline.dueDate(),
        deadline.dueTime(),
        deadline.calendarVersion(),
        deadline.provisional(),
        deadline.explanationZh(),
        deadline.explanationEn(),
        deadline.status(),
        deadline.createdAt(),
        deadline.createdBy(),
        deadline.recomputedAt(),
        deadline.closedAt(),
        deadline.closedBy());
  }
}
