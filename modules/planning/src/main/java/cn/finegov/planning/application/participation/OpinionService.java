package cn.finegov.planning.application.participation;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.calendar.ComputedDeadline;
import cn.finegov.kernel.api.calendar.WorkingCalendar;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.PlanningSettings;
import cn.finegov.planning.domain.model.opinion.OpinionChannel;
import cn.finegov.planning.domain.model.opinion.OpinionRepository;
import cn.finegov.planning.domain.model.opinion.OpinionRepository.OpinionFilter;
import cn.finegov.planning.domain.model.opinion.OpinionState;
import cn.finegov.planning.domain.model.opinion.PublicOpinion;
import cn.finegov.planning.domain.model.plan.PlanRepository.Reach;
import cn.finegov.planning.domain.model.solicitation.CitizenContact;
import cn.finegov.planning.domain.model.task.UnitRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Public opinions and suggestions (意见建议): recorded and assigned to a unit in the caller's scope,
 * taken up and answered by that unit. The answer is due {@code opinion.answer-working-days} working
 * days (module setting) after the day it was received, counted on the kernel's calendar (the region
 * of the setting {@code deadline.calendar-region}); the opinion keeps the day and how it was
 * counted. Unanswered past that day it is overdue: a list filter and a count. Audit type {@code
 * PublicOpinion}.
 */
@ApplicationScoped
@Transactional
public class OpinionService {

  static final String AUDIT_TYPE = "PublicOpinion";

  @Inject OpinionRepository opinions;
  @Inject WorkingCalendar calendar;
  @Inject ModuleSettings settings;
  @Inject PlanningSettings planningSettings;
  @Inject ActorContext actors;
  @Inject AuditLog audit;
  @Inject ParticipationSupport support;

  /** Records an opinion for a unit in the caller's scope, with its deadline. */
  public OpinionView receive(OpinionDraft draft) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_MANAGE);
    if (draft == null) {
      throw ValidationException.of("body", "validation.body-required");
    }
    OpinionChannel channel =
        ParticipationSupport.parse(OpinionChannel.class, draft.channel(), "channel");
    Optional<CitizenContact> contact =
        CitizenContact.of(draft.contactName(), draft.contactPhone(), draft.contactEmail());
    UnitRef unit = support.unitInScope(actor, "unitCode", draft.unitCode());
    LocalDate today = support.today();
    LocalDate received = draft.receivedOn() == null ? today : draft.receivedOn();
    PublicOpinion.Deadline deadline = received.isAfter(today) ? null : deadline(received);
    PublicOpinion opinion =
        PublicOpinion.receive(
            new PublicOpinion.Submission(
                channel, draft.subject(), draft.content(), contact.orElse(null), received),
            unit,
            deadline == null ? new PublicOpinion.Deadline(0, received, null) : deadline,
            today,
            actor.name(),
            support.now());
    opinions.add(opinion);
    audit.record(
        AUDIT_TYPE, String.valueOf(opinion.id()), "CREATE", Map.of(), opinion.auditValues());
    opinions.flush();
    return view(opinion, actor, today, new HashMap<>());
  }

  /** The answer's last day for an opinion received that day, by the current setting. */
  PublicOpinion.Deadline deadline(LocalDate received) {
    int days = settings.getInt(PlanningModule.KEY, PlanningModule.OPINION_DAYS);
    ComputedDeadline computed =
        calendar.addWorkingDays(received, days, planningSettings.calendarRegion());
    return new PublicOpinion.Deadline(
        days, computed.dueDate(), computed.explanation(Locale.SIMPLIFIED_CHINESE));
  }

  /**
   * Opinions of the reader's units, the nearest deadline first.
   *
   * @param overdue only those unanswered past their last day
   */
  public OpinionPage search(
      String state, boolean overdue, String unitCode, String text, int first, int max) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_READ);
    LocalDate today = support.today();
    OpinionFilter filter =
        new OpinionFilter(
            ParticipationSupport.parse(OpinionState.class, state, "state"),
            overdue ? today : null,
            unitCode,
            text);
    Reach reach = ParticipationSupport.reach(actor);
    Map<Long, String> names = new HashMap<>();
    List<OpinionView> items =
        opinions
            .search(filter, reach, Math.max(0, first), ParticipationSupport.pageSize(max))
            .stream()
            .map(o -> view(o, actor, today, names))
            .toList();
    return new OpinionPage(opinions.count(filter, reach), overdueCount(actor, today), items);
  }

  /** How many of the reader's opinions are unanswered past their last day. */
  public long overdueCount() {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_READ);
    return overdueCount(actor, support.today());
  }

  private long overdueCount(Actor actor, LocalDate today) {
    return opinions.count(
        new OpinionFilter(null, today, null, null), ParticipationSupport.reach(actor));
  }

  /** An opinion the reader sees (404 otherwise). */
  public OpinionView detail(long id) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_READ);
    return view(visible(id, actor), actor, support.today(), new HashMap<>());
  }

  /** Hands an unanswered opinion to another unit of the caller's scope. */
  public OpinionView reassign(long id, String unitCode, Long version) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_MANAGE);
    PublicOpinion opinion = visible(id, actor);
    ParticipationSupport.checkVersion(version, opinion.version(), "planning.opinion.changed", id);
    if (unitCode == null || unitCode.isBlank()) {
      throw ValidationException.of("unitCode", "validation.required");
    }
    UnitRef unit = support.unitInScope(actor, "unitCode", unitCode);
    Map<String, Object> before = opinion.auditValues();
    opinion.reassign(unit);
    audit.record(AUDIT_TYPE, String.valueOf(id), "ASSIGN", before, opinion.auditValues());
    opinions.flush();
    return view(opinion, actor, support.today(), new HashMap<>());
  }

  /** The assigned unit takes the opinion up. */
  public OpinionView takeUp(long id, Long version) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_HANDLE);
    PublicOpinion opinion = visible(id, actor);
    ParticipationSupport.checkVersion(version, opinion.version(), "planning.opinion.changed", id);
    Map<String, Object> before = opinion.auditValues();
    opinion.takeUp();
    audit.record(AUDIT_TYPE, String.valueOf(id), "TAKE_UP", before, opinion.auditValues());
    opinions.flush();
    return view(opinion, actor, support.today(), new HashMap<>());
  }

  /** The assigned unit answers the opinion (the feedback to the citizen). */
  public OpinionView answer(long id, String text, Long version) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_HANDLE);
    PublicOpinion opinion = visible(id, actor);
    ParticipationSupport.checkVersion(version, opinion.version(), "planning.opinion.changed", id);
    Map<String, Object> before = opinion.auditValues();
    LocalDate today = support.today();
    opinion.answer(text, today, actor.name(), support.now());
    Map<String, Object> after = opinion.auditValues();
    after.put("late", opinion.answeredLate());
    audit.record(AUDIT_TYPE, String.valueOf(id), "ANSWER", before, after);
    opinions.flush();
    return view(opinion, actor, today, new HashMap<>());
  }

  /** The whole contact of the opinion's citizen; the view is audited with the reason. */
  public ContactView contact(long id, String reason) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_CONTACT);
    PublicOpinion opinion = visible(id, actor);
    CitizenContact contact =
        opinion.contact().orElseThrow(() -> DomainException.rule("planning.contact.none", id));
    SolicitationService.auditContactView(audit, AUDIT_TYPE, id, contact, reason);
    return new ContactView(contact.name(), contact.phone(), contact.email());
  }

  private PublicOpinion visible(long id, Actor actor) {
    return opinions
        .find(id)
        .filter(o -> actor.scope().covers(o.unit().path()))
        .orElseThrow(() -> DomainException.notFound("planning.opinion.not-found", id));
  }

  private OpinionView view(
      PublicOpinion opinion, Actor actor, LocalDate today, Map<Long, String> names) {
    boolean open = opinion.state().open();
    return new OpinionView(
        opinion.id(),
        opinion.version(),
        opinion.channel().name(),
        opinion.subject(),
        opinion.content(),
        opinion.contact().map(CitizenContact::masked).orElse(null),
        opinion.receivedOn(),
        opinion.unit().code(),
        support.nameOf(opinion.unit().id(), names),
        opinion.state().name(),
        opinion.dueDate(),
        opinion.workingDays(),
        opinion.deadlineNote(),
        opinion.overdueOn(today),
        opinion.answeredLate(),
        opinion.answerText(),
        opinion.answeredBy(),
        opinion.answeredOn(),
        opinion.recordedBy(),
        open && actor.hasPermission(PlanningModule.PARTICIPATION_HANDLE),
        open && actor.hasPermission(PlanningModule.PARTICIPATION_MANAGE));
  }
}
