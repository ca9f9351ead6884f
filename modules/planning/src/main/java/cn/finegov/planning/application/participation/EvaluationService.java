package cn.finegov.planning.application.participation;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.domain.model.evaluation.EvaluationRepository;
import cn.finegov.planning.domain.model.evaluation.EvaluationResults;
import cn.finegov.planning.domain.model.evaluation.EvaluationRound;
import cn.finegov.planning.domain.model.evaluation.EvaluationScore;
import cn.finegov.planning.domain.model.evaluation.EvaluationState;
import cn.finegov.planning.domain.model.evaluation.SatisfactionVotes;
import cn.finegov.planning.domain.model.plan.AnnualPlan;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.plan.PlanRepository;
import cn.finegov.planning.domain.model.plan.PlanRepository.Reach;
import cn.finegov.planning.domain.model.task.UnitRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The yearly satisfaction evaluation (满意度测评): a round per organising unit, year and level; the
 * deputies' votes per plan of that year and level within the unit, entered (and corrected) while
 * the round is open; the ranked results, published by a leader and then shown on the public page
 * without signing in. Audit type {@code EvaluationRound} (votes: action {@code SCORE}).
 */
@ApplicationScoped
@Transactional
public class EvaluationService {

  static final String AUDIT_TYPE = "EvaluationRound";

  /** Most rounds the public page lists. */
  static final int MAX_PUBLIC = 50;

  @Inject EvaluationRepository evaluations;
  @Inject PlanRepository plans;
  @Inject ActorContext actors;
  @Inject AuditLog audit;
  @Inject ParticipationSupport support;

  /**
   * Opens a round of a unit in the caller's scope (409 when it has one for that year and level).
   */
  public EvaluationView open(EvaluationDraft draft) {
    Actor actor = actors.requirePermission(PlanningModule.EVALUATION_MANAGE);
    if (draft == null) {
      throw ValidationException.of("body", "validation.body-required");
    }
    ValidationException.Collector errors = new ValidationException.Collector();
    if (draft.year() == null) {
      errors.add("year", "validation.required");
    }
    PlanLevel level = ParticipationSupport.parse(PlanLevel.class, draft.level(), "level");
    if (level == null) {
      errors.add("level", "validation.required");
    }
    errors.throwIfAny();
    UnitRef unit = support.unitInScope(actor, "unitCode", draft.unitCode());
    if (evaluations.findOf(unit.id(), draft.year(), level).isPresent()) {
      throw DomainException.conflict(
          "planning.evaluation.exists", unit.code(), draft.year(), level.label());
    }
    EvaluationRound round =
        EvaluationRound.open(draft.year(), level, unit, draft.title(), actor.name(), support.now());
    evaluations.add(round);
    audit.record(AUDIT_TYPE, String.valueOf(round.id()), "CREATE", Map.of(), round.auditValues());
    evaluations.flush();
    return view(round, actor);
  }

  /** Enters (or corrects) the votes on one plan's report while the round is open. */
  public EvaluationView score(long id, ScoreDraft draft) {
    Actor actor = actors.requirePermission(PlanningModule.EVALUATION_MANAGE);
    if (draft == null) {
      throw ValidationException.of("body", "validation.body-required");
    }
    EvaluationRound round = visible(id, actor);
    ValidationException.Collector errors = new ValidationException.Collector();
    if (draft.planId() == null) {
      errors.add("planId", "validation.required");
    }
    if (draft.satisfied() == null) {
      errors.add("satisfied", "validation.required");
    }
    if (draft.basicallySatisfied() == null) {
      errors.add("basicallySatisfied", "validation.required");
    }
    if (draft.dissatisfied() == null) {
      errors.add("dissatisfied", "validation.required");
    }
    errors.throwIfAny();
    SatisfactionVotes votes =
        SatisfactionVotes.of(draft.satisfied(), draft.basicallySatisfied(), draft.dissatisfied());
    AnnualPlan plan =
        plans
            .find(draft.planId())
            .filter(p -> actor.scope().covers(p.ownerPath()))
            .orElseThrow(
                () -> ValidationException.of("planId", "planning.plan.not-found", draft.planId()));
    round.requireScorable(plan.year(), plan.level(), plan.ownerPath());
    Optional<EvaluationScore> earlier = evaluations.score(id, plan.id());
    Map<String, Object> before = earlier.map(EvaluationScore::auditValues).orElse(Map.of());
    EvaluationScore score;
    if (earlier.isPresent()) {
      score = earlier.get();
      score.recount(votes, actor.name(), support.now());
    } else {
      score =
          EvaluationScore.of(
              round,
              plan.id(),
              plan.title(),
              new UnitRef(plan.ownerUnitId(), plan.ownerUnitCode(), plan.ownerPath()),
              votes,
              actor.name(),
              support.now());
      evaluations.addScore(score);
    }
    audit.record(AUDIT_TYPE, String.valueOf(id), "SCORE", before, score.auditValues());
    evaluations.flush();
    return view(round, actor);
  }

  /** Publishes the results of a round with at least one score. */
  public EvaluationView publish(long id, Long version) {
    Actor actor = actors.requirePermission(PlanningModule.EVALUATION_PUBLISH);
    EvaluationRound round = visible(id, actor);
    ParticipationSupport.checkVersion(
        version, round.version(), "planning.evaluation.changed", round.title());
    Map<String, Object> before = round.auditValues();
    round.publish(evaluations.countScores(id), actor.name(), support.now());
    audit.record(AUDIT_TYPE, String.valueOf(id), "PUBLISH", before, round.auditValues());
    evaluations.flush();
    return view(round, actor);
  }

  /** A round the reader sees, with its ranked results (404 otherwise). */
  public EvaluationView detail(long id) {
    Actor actor = actors.requirePermission(PlanningModule.EVALUATION_READ);
    return view(visible(id, actor), actor);
  }

  /** Rounds of the reader's units, newest year first. */
  public EvaluationPage search(Integer year, int first, int max) {
    Actor actor = actors.requirePermission(PlanningModule.EVALUATION_READ);
    Reach reach = ParticipationSupport.reach(actor);
    List<EvaluationView> items =
        evaluations
            .search(year, reach, Math.max(0, first), ParticipationSupport.pageSize(max))
            .stream()
            .map(r -> view(r, actor))
            .toList();
    return new EvaluationPage(evaluations.count(year, reach), items);
  }

  /**
   * The published rounds with their results, for everybody (no sign-in): the public page. Decision:
   * satisfaction results are public by law (seed 000, article 10) and carry no personal data.
   */
  public List<EvaluationView> published(Integer year) {
    return evaluations.published(year, MAX_PUBLIC).stream().map(r -> view(r, null)).toList();
  }

  private EvaluationRound visible(long id, Actor actor) {
    return evaluations
        .find(id)
        .filter(r -> actor.scope().covers(r.unit().path()))
        .orElseThrow(() -> DomainException.notFound("planning.evaluation.not-found", id));
  }

  private EvaluationView view(EvaluationRound round, Actor actor) {
    Map<Long, String> names = new HashMap<>();
    List<ScoreView> results =
        EvaluationResults.rank(evaluations.scores(round.id())).stream()
            .map(
                ranked -> {
                  EvaluationScore s = ranked.score();
                  SatisfactionVotes v = s.votes();
                  return new ScoreView(
                      s.planId(),
                      s.planTitle(),
                      s.unit().code(),
                      support.nameOf(s.unit().id(), names),
                      v.satisfied(),
                      v.basicallySatisfied(),
                      v.dissatisfied(),
                      v.total(),
                      v.rate(),
                      v.satisfiedRate(),
                      ranked.rank());
                })
            .toList();
    boolean open = round.state() == EvaluationState.OPEN;
    return new EvaluationView(
        round.id(),
        round.version(),
        round.year(),
        round.level().name(),
        round.unit().code(),
        support.nameOf(round.unit().id(), names),
        round.title(),
        round.state().name(),
        round.publishedAt(),
        results,
        actor != null && open && actor.hasPermission(PlanningModule.EVALUATION_MANAGE),
        actor != null
            && open
            && !results.isEmpty()
            && actor.hasPermission(PlanningModule.EVALUATION_PUBLISH));
  }
}
