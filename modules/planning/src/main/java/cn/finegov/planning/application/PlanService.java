package cn.finegov.planning.application;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.calendar.SuiteZone;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.domain.model.plan.AnnualPlan;
import cn.finegov.planning.domain.model.plan.PlanAction;
import cn.finegov.planning.domain.model.plan.PlanFilter;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.plan.PlanRepository;
import cn.finegov.planning.domain.model.task.GovernanceTask;
import cn.finegov.planning.domain.model.task.ProgressRollUp;
import cn.finegov.planning.domain.model.task.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Annual plans: drafting, review, publication, reading within the reader's scope, and the weighted
 * progress of a plan's tasks. A unit has at most one plan a year; only a draft changes.
 */
@ApplicationScoped
@Transactional
public class PlanService {

  static final String AUDIT_TYPE = "AnnualPlan";

  /** Largest page of a list. */
  static final int MAX_PAGE = 500;

  @Inject PlanRepository plans;
  @Inject TaskRepository tasks;
  @Inject OrganisationDirectory directory;
  @Inject ActorContext actors;
  @Inject AuditLog audit;
  @Inject PlanningSettings settings;
  @Inject PlanningNotices notices;
  @Inject MessageSource messages;
  @Inject Clock clock;

  Supplier<ZoneId> zone = SuiteZone::get;

  /** Drafts a plan for a unit in the caller's scope. */
  public PlanView create(PlanDraft draft) {
    Actor actor = actors.requirePermission(PlanningModule.PLAN_EDIT);
    ValidationException.Collector errors = new ValidationException.Collector();
    if (draft.year() == null) {
      errors.add("year", "validation.required");
    }
    errors.required("unitCode", draft.unitCode());
    errors.throwIfAny();
    UnitSummary unit = activeUnit("unitCode", draft.unitCode());
    if (!actor.scope().covers(unit.path())) {
      throw DomainException.forbidden("planning.unit-out-of-scope", unit.code());
    }
    PlanLevel level = PlanLevel.of(unit.type());
    if (draft.level() != null && !draft.level().isBlank()) {
      try {
        level = PlanLevel.valueOf(draft.level().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ValidationException.of("planLevel", "planning.plan.level-unknown", draft.level());
      }
    }
    if (plans.findOf(unit.id(), draft.year()).isPresent()) {
      throw DomainException.conflict("planning.plan.exists", unit.name(), draft.year());
    }
    AnnualPlan parent = null;
    if (draft.parentPlanId() != null) {
      parent =
          plans
              .find(draft.parentPlanId())
              .orElseThrow(
                  () ->
                      ValidationException.of(
                          "parentPlanId", "planning.plan.parent-unknown", draft.parentPlanId()));
    }
    AnnualPlan plan =
        AnnualPlan.draft(
            draft.year(),
            level,
            new AnnualPlan.Owner(unit.id(), unit.code(), unit.path()),
            contents(draft),
            parent,
            actor.name(),
            clock.instant());
    plans.add(plan);
    audit.record(AUDIT_TYPE, String.valueOf(plan.id()), "CREATE", Map.of(), auditValues(plan));
    return view(plan, actor);
  }

  /** Changes what a draft plan says. */
  public PlanView revise(long id, PlanDraft draft) {
    Actor actor = actors.requirePermission(PlanningModule.PLAN_EDIT);
    AnnualPlan plan = visible(id, actor);
    checkVersion(plan, draft.version());
    Map<String, Object> before = auditValues(plan);
    plan.revise(contents(draft), clock.instant());
    audit.record(AUDIT_TYPE, String.valueOf(id), "UPDATE", before, auditValues(plan));
    return view(plan, actor);
  }

  /** Deletes a draft plan without tasks. */
  public void delete(long id) {
    Actor actor = actors.requirePermission(PlanningModule.PLAN_EDIT);
    AnnualPlan plan = visible(id, actor);
    plan.requireEditable();
    if (tasks.countOfPlan(id) > 0 || plans.hasChildPlans(id)) {
      throw DomainException.conflict("planning.plan.has-tasks", plan.title());
    }
    Map<String, Object> before = auditValues(plan);
    plans.remove(plan);
    audit.record(AUDIT_TYPE, String.valueOf(id), "DELETE", before, Map.of());
  }

  /**
   * Takes a lifecycle step: submit (a plan with at least one task), return with a reason, approve,
   * publish.
   */
  public PlanView act(long id, PlanAction action, String reason, Long version) {
    if (action == null) {
      throw ValidationException.of("action", "planning.action-required");
    }
    Actor actor = actors.requirePermission(action.duty().permission());
    AnnualPlan plan = visible(id, actor);
    checkVersion(plan, version);
    if (action == PlanAction.SUBMIT && tasks.countOfPlan(id) == 0) {
      action.from(plan.state());
      throw DomainException.rule("planning.plan.no-tasks", plan.title());
    }
    Map<String, Object> before = auditValues(plan);
    plan.act(action, actor.name(), clock.instant(), reason);
    Map<String, Object> after = auditValues(plan);
    plan.returnReason().ifPresent(r -> after.put("reason", r));
    audit.record(AUDIT_TYPE, String.valueOf(id), action.name(), before, after);
    notices.planMoved(plan);
    return view(plan, actor);
  }

  /** A plan, if the reader may see it (404 otherwise). */
  public PlanView detail(long id) {
    Actor actor = actors.requirePermission(PlanningModule.PLAN_READ);
    return view(visible(id, actor), actor);
  }

  /** Plans within the reader's scope, newest year first. */
  public PlanPage search(PlanFilter filter, int first, int max) {
    Actor actor = actors.requirePermission(PlanningModule.PLAN_READ);
    PlanRepository.Reach reach = PlanningAccess.reach(actor);
    int size = Math.min(Math.max(1, max), MAX_PAGE);
    List<PlanView> items =
        plans.search(filter, reach, Math.max(0, first), size).stream()
            .map(p -> view(p, actor))
            .toList();
    return new PlanPage(plans.count(filter, reach), items);
  }

  /** How a plan's progress comes about: the weighted progress of its tasks. */
  public RollUpView rollUp(long id) {
    Actor actor = actors.requirePermission(PlanningModule.PLAN_READ);
    AnnualPlan plan = visible(id, actor);
    List<GovernanceTask> own = tasks.ofPlan(id);
    ProgressRollUp rollUp = TaskService.rollUpOf(own);
    return TaskService.rollUpView(
        plan.title(), rollUp, rollUp.rounded(), false, null, own, directory);
  }

  // --- used by the task service ---------------------------------------------------------------

  /** The plan of a unit for a year, made as a draft (linked to the issuing plan) when missing. */
  AnnualPlan planOf(UnitSummary unit, int year, AnnualPlan issuing, Actor actor) {
    return plans
        .findOf(unit.id(), year)
        .map(
            existing -> {
              if (existing.parentPlanId().isEmpty() && issuing != null) {
                existing.linkParent(issuing);
                audit.record(
                    AUDIT_TYPE,
                    String.valueOf(existing.id()),
                    "LINK_PARENT",
                    Map.of(),
                    Map.of("parentPlan", issuing.id()));
              }
              return existing;
            })
        .orElseGet(
            () -> {
              AnnualPlan plan =
                  AnnualPlan.draft(
                      year,
                      PlanLevel.of(unit.type()),
                      new AnnualPlan.Owner(unit.id(), unit.code(), unit.path()),
                      new AnnualPlan.Contents(
                          messages.get(
                              MessageSource.CHINESE,
                              "planning.plan.default-title",
                              unit.name(),
                              String.valueOf(year)),
                          null,
                          null,
                          null),
                      issuing,
                      actor.name(),
                      clock.instant());
              plans.add(plan);
              audit.record(
                  AUDIT_TYPE, String.valueOf(plan.id()), "CREATE", Map.of(), auditValues(plan));
              return plan;
            });
  }

  // --- helpers --------------------------------------------------------------------------------

  private AnnualPlan visible(long id, Actor actor) {
    AnnualPlan plan =
        plans.find(id).orElseThrow(() -> DomainException.notFound("planning.plan.not-found", id));
    if (!PlanningAccess.sees(actor, plan)) {
      throw DomainException.notFound("planning.plan.not-found", id);
    }
    return plan;
  }

  private static void checkVersion(AnnualPlan plan, Long version) {
    if (version != null && version != plan.version()) {
      throw DomainException.conflict("planning.plan.changed", plan.title());
    }
  }

  private UnitSummary activeUnit(String field, String code) {
    return directory
        .findByCode(code.strip())
        .filter(UnitSummary::active)
        .orElseThrow(() -> ValidationException.of(field, "planning.unit-unknown", code));
  }

  private static AnnualPlan.Contents contents(PlanDraft draft) {
    return new AnnualPlan.Contents(
        draft.title(), draft.problems(), draft.targets(), draft.safeguards());
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone.get());
  }

  PlanView view(AnnualPlan plan, Actor actor) {
    LocalDate due = settings.dueDate(plan.level(), plan.year());
    List<GovernanceTask> own = tasks.ofPlan(plan.id());
    ProgressRollUp rollUp = TaskService.rollUpOf(own);
    List<PlanAction> allowed =
        PlanAction.allowedIn(plan.state()).stream()
            .filter(a -> actor.hasPermission(a.duty().permission()))
            .toList();
    return new PlanView(
        plan.id(),
        plan.version(),
        plan.year(),
        plan.level(),
        plan.ownerUnitCode(),
        directory.findById(plan.ownerUnitId()).map(UnitSummary::name).orElse(plan.ownerUnitCode()),
        plan.title(),
        plan.problems(),
        plan.targets(),
        plan.safeguards(),
        plan.parentPlanId().orElse(null),
        plan.state(),
        plan.returnReason().orElse(null),
        due,
        plan.overdue(due, today()),
        own.size(),
        rollUp.progress(),
        plan.createdBy(),
        plan.createdAt(),
        plan.updatedAt(),
        plan.submittedAt().orElse(null),
        plan.approvedBy().orElse(null),
        plan.approvedAt().orElse(null),
        plan.publishedBy().orElse(null),
        plan.publishedAt().orElse(null),
        allowed);
  }

  static Map<String, Object> auditValues(AnnualPlan plan) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("year", plan.year());
    values.put("level", plan.level().name());
    values.put("unit", plan.ownerUnitCode());
    values.put("title", plan.title());
    values.put("state", plan.state().name());
    plan.parentPlanId().ifPresent(p -> values.put("parentPlan", p));
    return values;
  }
}
