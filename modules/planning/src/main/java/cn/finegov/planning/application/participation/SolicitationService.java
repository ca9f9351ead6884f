package cn.finegov.planning.application.participation;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.lineage.EntityRef;
import cn.finegov.kernel.api.lineage.Lineage;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.TaskDetail;
import cn.finegov.planning.application.TaskDraft;
import cn.finegov.planning.application.TaskService;
import cn.finegov.planning.domain.model.plan.AnnualPlan;
import cn.finegov.planning.domain.model.plan.PlanRepository;
import cn.finegov.planning.domain.model.plan.PlanRepository.Reach;
import cn.finegov.planning.domain.model.solicitation.CitizenContact;
import cn.finegov.planning.domain.model.solicitation.Proposal;
import cn.finegov.planning.domain.model.solicitation.ProposalState;
import cn.finegov.planning.domain.model.solicitation.SolicitationRepository;
import cn.finegov.planning.domain.model.solicitation.SolicitationRound;
import cn.finegov.planning.domain.model.task.TaskSource;
import cn.finegov.planning.domain.model.task.UnitRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Solicitation rounds (任务征集) and their proposals. The round's unit (the caller's scope) opens,
 * changes and closes it and records what comes in; the unit a proposal is assigned to evaluates it
 * with a reasoned answer. Adopting makes a task in a draft plan through {@link TaskService} (so the
 * caller also needs the task edit permission for that plan) and links both ways: the proposal keeps
 * the task number, the kernel's lineage records {@value #TASK_FROM_PROPOSAL}. A duplicate merged
 * into another keeps the trace in both records and in the lineage ({@value #PROPOSAL_MERGED}).
 * Audit types {@code SolicitationRound} and {@code Proposal}.
 */
@ApplicationScoped
@Transactional
public class SolicitationService {

  static final String ROUND_AUDIT = "SolicitationRound";
  static final String PROPOSAL_AUDIT = "Proposal";

  /** Lineage relation: a task made of an adopted proposal. */
  public static final String TASK_FROM_PROPOSAL = "TASK_FROM_PROPOSAL";

  /** Lineage relation: a duplicate proposal (source) merged into another (target). */
  public static final String PROPOSAL_MERGED = "PROPOSAL_MERGED";

  /** Longest reason given for viewing a contact. */
  static final int MAX_REASON = 500;

  /** How far a merge chain is followed to the proposal that answers it. */
  private static final int MAX_CHAIN = 20;

  @Inject SolicitationRepository solicitations;
  @Inject TaskService tasks;
  @Inject PlanRepository plans;
  @Inject ActorContext actors;
  @Inject AuditLog audit;
  @Inject Lineage lineage;
  @Inject ParticipationSupport support;

  // --- rounds -----------------------------------------------------------------------------------

  /** Opens a round of a unit in the caller's scope. */
  public RoundView open(RoundDraft draft) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_MANAGE);
    if (draft.year() == null) {
      throw ValidationException.of("year", "validation.required");
    }
    UnitRef unit = support.unitInScope(actor, "unitCode", draft.unitCode());
    SolicitationRound round =
        SolicitationRound.open(unit, terms(draft, draft.year()), actor.name(), support.now());
    solicitations.addRound(round);
    audit.record(ROUND_AUDIT, String.valueOf(round.id()), "CREATE", Map.of(), round.auditValues());
    solicitations.flush();
    return view(round, actor);
  }

  /** Changes an open round's title, description, channels and dates. */
  public RoundView revise(long id, RoundDraft draft) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_MANAGE);
    SolicitationRound round = managedRound(id, actor);
    Map<String, Object> before = round.auditValues();
    round.revise(terms(draft, round.year()));
    audit.record(ROUND_AUDIT, String.valueOf(id), "UPDATE", before, round.auditValues());
    solicitations.flush();
    return view(round, actor);
  }

  /** Closes a round: no more proposals. */
  public RoundView close(long id) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_MANAGE);
    SolicitationRound round = managedRound(id, actor);
    Map<String, Object> before = round.auditValues();
    round.close(actor.name(), support.now());
    audit.record(ROUND_AUDIT, String.valueOf(id), "CLOSE", before, round.auditValues());
    solicitations.flush();
    return view(round, actor);
  }

  /** A round the reader sees (404 otherwise). */
  public RoundView round(long id) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_READ);
    return view(visibleRound(id, actor), actor);
  }

  /** Rounds of the reader's units, newest year first. */
  public RoundPage rounds(Integer year, int first, int max) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_READ);
    Reach reach = ParticipationSupport.reach(actor);
    List<RoundView> items =
        solicitations
            .rounds(year, reach, Math.max(0, first), ParticipationSupport.pageSize(max))
            .stream()
            .map(r -> view(r, actor))
            .toList();
    return new RoundPage(solicitations.countRounds(year, reach), items);
  }

  // --- proposals --------------------------------------------------------------------------------

  /** Records a proposal received in an open round. */
  public ProposalView receive(long roundId, ProposalDraft draft) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_MANAGE);
    SolicitationRound round = managedRound(roundId, actor);
    TaskSource channel = ParticipationSupport.parse(TaskSource.class, draft.channel(), "channel");
    Optional<CitizenContact> contact =
        CitizenContact.of(draft.contactName(), draft.contactPhone(), draft.contactEmail());
    UnitRef unit =
        draft.unitCode() == null || draft.unitCode().isBlank()
            ? round.unit()
            : support.unitInScope(actor, "unitCode", draft.unitCode());
    Proposal proposal =
        Proposal.receive(
            round,
            new Proposal.Submission(
                channel,
                draft.source(),
                draft.title(),
                draft.content(),
                contact.orElse(null),
                draft.receivedOn() == null ? support.today() : draft.receivedOn()),
            unit,
            actor.name(),
            support.now());
    solicitations.addProposal(proposal);
    audit.record(
        PROPOSAL_AUDIT, String.valueOf(proposal.id()), "CREATE", Map.of(), proposal.auditValues());
    solicitations.flush();
    return view(proposal, round, actor, new HashMap<>());
  }

  /** The proposals of a round the reader sees, in the order received. */
  public ProposalPage proposals(long roundId, String state, int first, int max) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_READ);
    SolicitationRound round = visibleRound(roundId, actor);
    ProposalState wanted = ParticipationSupport.parse(ProposalState.class, state, "state");
    Reach reach = ParticipationSupport.reach(actor);
    boolean whole = actor.scope().covers(round.unit().path());
    Map<Long, String> names = new HashMap<>();
    List<ProposalView> items =
        solicitations
            .proposals(
                roundId,
                wanted,
                reach,
                whole,
                Math.max(0, first),
                ParticipationSupport.pageSize(max))
            .stream()
            .map(p -> view(p, round, actor, names))
            .toList();
    return new ProposalPage(solicitations.countProposals(roundId, wanted, reach, whole), items);
  }

  /** A proposal the reader sees (404 otherwise). */
  public ProposalView proposal(long id) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_READ);
    Proposal proposal = visibleProposal(id, actor);
    return view(proposal, roundOf(proposal), actor, new HashMap<>());
  }

  /** The proposal that became this task, if the reader sees it. */
  public Optional<ProposalView> adoptedAs(String taskNumber) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_READ);
    return solicitations
        .adoptedAs(taskNumber == null ? "" : taskNumber.strip())
        .filter(p -> sees(actor, p, roundOf(p)))
        .map(p -> view(p, roundOf(p), actor, new HashMap<>()));
  }

  /** Hands a proposal waiting for its evaluation to another unit (the round's or one below). */
  public ProposalView reassign(long id, String unitCode) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_MANAGE);
    Proposal proposal = visibleProposal(id, actor);
    SolicitationRound round = roundOf(proposal);
    if (!actor.scope().covers(round.unit().path())) {
      throw DomainException.forbidden("planning.proposal.not-yours", id);
    }
    if (unitCode == null || unitCode.isBlank()) {
      throw ValidationException.of("unitCode", "validation.required");
    }
    UnitRef unit = support.unitInScope(actor, "unitCode", unitCode);
    Map<String, Object> before = proposal.auditValues();
    proposal.reassign(round, unit);
    audit.record(PROPOSAL_AUDIT, String.valueOf(id), "ASSIGN", before, proposal.auditValues());
    solicitations.flush();
    return view(proposal, round, actor, new HashMap<>());
  }

  /**
   * The assigned unit's reasoned answer: ADOPTED (a task is made in the draft plan given, linked
   * both ways), MERGED into another proposal of the round, NOT_ADOPTED with the reason.
   */
  public ProposalView evaluate(long id, ProposalEvaluation evaluation) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_HANDLE);
    if (evaluation == null) {
      throw ValidationException.of("body", "validation.body-required");
    }
    Proposal proposal = visibleProposal(id, actor);
    if (!actor.scope().covers(proposal.unit().path())) {
      throw DomainException.forbidden("planning.proposal.not-yours", id);
    }
    ParticipationSupport.checkVersion(
        evaluation.version(), proposal.version(), "planning.proposal.changed", id);
    ProposalState outcome =
        ParticipationSupport.parse(ProposalState.class, evaluation.outcome(), "outcome");
    if (outcome == null || outcome == ProposalState.RECEIVED) {
      throw ValidationException.of("outcome", "planning.proposal.outcome-required");
    }
    SolicitationRound round = roundOf(proposal);
    Map<String, Object> before = proposal.auditValues();
    String action;
    switch (outcome) {
      case ADOPTED -> {
        adopt(proposal, evaluation);
        action = "ADOPT";
      }
      case MERGED -> {
        merge(proposal, evaluation, actor);
        action = "MERGE";
      }
      default -> {
        proposal.decline(evaluation.answer(), actor.name(), support.now());
        action = "DECLINE";
      }
    }
    audit.record(PROPOSAL_AUDIT, String.valueOf(id), action, before, proposal.auditValues());
    solicitations.flush();
    return view(proposal, round, actor, new HashMap<>());
  }

  private void adopt(Proposal proposal, ProposalEvaluation evaluation) {
    Actor actor = actors.current();
    if (evaluation.planId() == null) {
      throw ValidationException.of("planId", "validation.required");
    }
    // Checked before the task is made, so that an evaluated proposal makes no task.
    if (proposal.state().evaluated()) {
      throw DomainException.conflict(
          "planning.proposal.evaluated", proposal.id(), proposal.state().label());
    }
    String title =
        evaluation.taskTitle() == null || evaluation.taskTitle().isBlank()
            ? proposal.title()
            : evaluation.taskTitle();
    TaskDetail task =
        tasks.create(
            evaluation.planId(),
            new TaskDraft(
                title,
                proposal.content() == null ? proposal.title() : proposal.content(),
                null,
                null,
                evaluation.deadline(),
                proposal.channel().name(),
                evaluation.priority(),
                evaluation.livelihood(),
                null,
                leadUnitCode(evaluation),
                List.of(),
                null));
    String number = task.summary().number();
    proposal.adopt(evaluation.planId(), number, evaluation.answer(), actor.name(), support.now());
    lineage.link(
        proposalRef(proposal.id()),
        new EntityRef(PlanningModule.KEY, "Task", number),
        TASK_FROM_PROPOSAL);
  }

  /**
   * The lead unit asked for, else the plan's unit (an unknown plan is refused by the task service).
   */
  private String leadUnitCode(ProposalEvaluation evaluation) {
    if (evaluation.leadUnitCode() != null && !evaluation.leadUnitCode().isBlank()) {
      return evaluation.leadUnitCode();
    }
    return plans.find(evaluation.planId()).map(AnnualPlan::ownerUnitCode).orElse(null);
  }

  private void merge(Proposal proposal, ProposalEvaluation evaluation, Actor actor) {
    if (evaluation.mergedIntoId() == null) {
      throw ValidationException.of("mergedIntoId", "validation.required");
    }
    Proposal other =
        solicitations
            .findProposal(evaluation.mergedIntoId())
            .filter(p -> sees(actor, p, roundOf(p)))
            .orElseThrow(
                () ->
                    ValidationException.of(
                        "mergedIntoId", "planning.proposal.not-found", evaluation.mergedIntoId()));
    proposal.mergeInto(other, evaluation.answer(), actor.name(), support.now());
    lineage.link(proposalRef(proposal.id()), proposalRef(other.id()), PROPOSAL_MERGED);
  }

  /** The whole contact of a proposal's citizen; the view is audited with the reason. */
  public ContactView contact(long id, String reason) {
    Actor actor = actors.requirePermission(PlanningModule.PARTICIPATION_CONTACT);
    Proposal proposal = visibleProposal(id, actor);
    CitizenContact contact =
        proposal.contact().orElseThrow(() -> DomainException.rule("planning.contact.none", id));
    auditContactView(audit, PROPOSAL_AUDIT, id, contact, reason);
    return new ContactView(contact.name(), contact.phone(), contact.email());
  }

  static void auditContactView(
      AuditLog audit, String type, long id, CitizenContact contact, String reason) {
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why != null && why.length() > MAX_REASON) {
      throw ValidationException.of("reason", "validation.too-long", MAX_REASON);
    }
    Map<String, Object> seen = new LinkedHashMap<>();
    seen.put("contact", contact.masked());
    if (why != null) {
      seen.put("reason", why);
    }
    audit.record(type, String.valueOf(id), "VIEW_CONTACT", Map.of(), seen);
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static EntityRef proposalRef(long id) {
    return EntityRef.of(PlanningModule.KEY, "Proposal", id);
  }

  private static SolicitationRound.Terms terms(RoundDraft draft, int year) {
    Set<TaskSource> channels = EnumSet.noneOf(TaskSource.class);
    if (draft.channels() != null) {
      for (String name : draft.channels()) {
        TaskSource channel = ParticipationSupport.parse(TaskSource.class, name, "channels");
        if (channel != null) {
          channels.add(channel);
        }
      }
    }
    return new SolicitationRound.Terms(
        year, draft.title(), draft.description(), channels, draft.opensOn(), draft.closesOn());
  }

  /** A round seen: its unit in the scope, or a unit above the scope (proposals assigned below). */
  private static boolean sees(Actor actor, SolicitationRound round) {
    return actor.scope().covers(round.unit().path()) || actor.scope().leadsTo(round.unit().path());
  }

  private static boolean sees(Actor actor, Proposal proposal, SolicitationRound round) {
    return actor.scope().covers(round.unit().path())
        || actor.scope().covers(proposal.unit().path());
  }

  private SolicitationRound visibleRound(long id, Actor actor) {
    return solicitations
        .findRound(id)
        .filter(r -> sees(actor, r))
        .orElseThrow(() -> DomainException.notFound("planning.solicitation.not-found", id));
  }

  private SolicitationRound managedRound(long id, Actor actor) {
    SolicitationRound round = visibleRound(id, actor);
    if (!actor.scope().covers(round.unit().path())) {
      throw DomainException.forbidden("planning.solicitation.not-yours", round.title());
    }
    return round;
  }

  private SolicitationRound roundOf(Proposal proposal) {
    return solicitations
        .findRound(proposal.roundId())
        .orElseThrow(
            () -> DomainException.notFound("planning.solicitation.not-found", proposal.roundId()));
  }

  private Proposal visibleProposal(long id, Actor actor) {
    return solicitations
        .findProposal(id)
        .filter(p -> sees(actor, p, roundOf(p)))
        .orElseThrow(() -> DomainException.notFound("planning.proposal.not-found", id));
  }

  private RoundView view(SolicitationRound round, Actor actor) {
    Reach reach = ParticipationSupport.reach(actor);
    boolean whole = actor.scope().covers(round.unit().path());
    return new RoundView(
        round.id(),
        round.version(),
        round.year(),
        round.unit().code(),
        support.nameOf(round.unit().id(), new HashMap<>()),
        round.title(),
        round.description(),
        round.channels().stream().map(Enum::name).toList(),
        round.opensOn(),
        round.closesOn(),
        round.state().name(),
        round.acceptsOn(support.today()),
        solicitations.countProposals(round.id(), null, reach, whole),
        solicitations.countProposals(round.id(), ProposalState.RECEIVED, reach, whole),
        whole && actor.hasPermission(PlanningModule.PARTICIPATION_MANAGE));
  }

  private ProposalView view(
      Proposal proposal, SolicitationRound round, Actor actor, Map<Long, String> names) {
    List<Long> mergedFrom = new ArrayList<>();
    solicitations.mergedInto(proposal.id()).forEach(p -> mergedFrom.add(p.id()));
    return new ProposalView(
        proposal.id(),
        proposal.version(),
        round.id(),
        round.title(),
        proposal.channel().name(),
        proposal.source(),
        proposal.title(),
        proposal.content(),
        proposal.contact().map(CitizenContact::masked).orElse(null),
        proposal.receivedOn(),
        proposal.unit().code(),
        support.nameOf(proposal.unit().id(), names),
        proposal.state().name(),
        proposal.answer(),
        proposal.mergedIntoId().orElse(null),
        mergedFrom,
        proposal.planId().orElse(null),
        proposal.taskNumber().orElse(null),
        resultTask(proposal),
        proposal.recordedBy(),
        proposal.evaluatedBy(),
        proposal.evaluatedAt(),
        !proposal.state().evaluated()
            && actor.hasPermission(PlanningModule.PARTICIPATION_HANDLE)
            && actor.scope().covers(proposal.unit().path()));
  }

  /** The task answering a proposal: its own, or the end of its merge chain's. */
  private String resultTask(Proposal proposal) {
    Proposal at = proposal;
    for (int step = 0; step < MAX_CHAIN && at.mergedIntoId().isPresent(); step++) {
      Optional<Proposal> next = solicitations.findProposal(at.mergedIntoId().get());
      if (next.isEmpty()) {
        return null;
      }
      at = next.get();
    }
    return at.taskNumber().orElse(null);
  }
}
