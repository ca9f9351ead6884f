package cn.finegov.planning.application;

import cn.finegov.kernel.api.attachment.AttachmentInfo;
import cn.finegov.kernel.api.attachment.AttachmentOwner;
import cn.finegov.kernel.api.attachment.Attachments;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.calendar.DeadlineOwner;
import cn.finegov.kernel.api.calendar.DeadlineRegistry;
import cn.finegov.kernel.api.calendar.DeadlineView;
import cn.finegov.kernel.api.calendar.SuiteZone;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.api.ImmediateTaskChanged.Step;
import cn.finegov.planning.domain.model.plan.AnnualPlan;
import cn.finegov.planning.domain.model.plan.PlanRepository;
import cn.finegov.planning.domain.model.task.DelayRequest;
import cn.finegov.planning.domain.model.task.DelayState;
import cn.finegov.planning.domain.model.task.GovernanceTask;
import cn.finegov.planning.domain.model.task.Milestone;
import cn.finegov.planning.domain.model.task.ProgressReport;
import cn.finegov.planning.domain.model.task.ProgressRollUp;
import cn.finegov.planning.domain.model.task.TaskAction;
import cn.finegov.planning.domain.model.task.TaskDuty;
import cn.finegov.planning.domain.model.task.TaskFilter;
import cn.finegov.planning.domain.model.task.TaskNumber;
import cn.finegov.planning.domain.model.task.TaskPriority;
import cn.finegov.planning.domain.model.task.TaskRepository;
import cn.finegov.planning.domain.model.task.TaskSource;
import cn.finegov.planning.domain.model.task.TaskState;
import cn.finegov.planning.domain.model.task.UnitRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Governance tasks: drafting in a plan, assignment and decomposition to the units below, the work
 * of the lead unit (work plan, progress with evidence, delay and close-out requests,
 * self-assessment), the issuing unit's decisions, the weighted roll-up of progress to the parents,
 * the tree and the lists within the reader's scope. Every change is audited in its transaction
 * ({@code GovernanceTask}, id = task number).
 */
@ApplicationScoped
@Transactional
public class TaskService {

  static final String AUDIT_TYPE = "GovernanceTask";

  /** Owner type of a task's evidence attachments. */
  public static final String ATTACHMENT_TYPE = "task";

  /** Kind of a task's deadline in the kernel's registry. */
  static final String DEADLINE_KIND = "DEADLINE";

  /** Most units of one decomposition. */
  static final int MAX_UNITS = 100;

  /** Most descendants a tree shows. */
  static final int MAX_TREE = 5_000;

  @Inject TaskRepository tasks;
  @Inject PlanRepository plans;
  @Inject PlanService planService;
  @Inject OrganisationDirectory directory;
  @Inject ActorContext actors;
  @Inject AuditLog audit;
  @Inject Attachments attachments;
  @Inject DeadlineRegistry deadlines;
  @Inject PlanningSettings settings;
  @Inject PlanningNotices notices;
  @Inject ImmediateTaskEvents events;
  @Inject Clock clock;

  Supplier<ZoneId> zone = SuiteZone::get;

  // --- drafting -------------------------------------------------------------------------------

  /** Drafts a task in a draft plan of the caller's scope. */
  public TaskDetail create(long planId, TaskDraft draft) {
    Actor actor = actors.requirePermission(TaskDuty.EDIT.permission());
    AnnualPlan plan = visiblePlan(planId, actor);
    plan.requireEditable();
    UnitRef owner = new UnitRef(plan.ownerUnitId(), plan.ownerUnitCode(), plan.ownerPath());
    GovernanceTask.Definition definition = definition(draft, owner, null);
    GovernanceTask task =
        GovernanceTask.draft(
            nextNumber(plan.year()),
            new GovernanceTask.Placement(plan.id(), owner, owner, null),
            definition,
            null,
            false,
            actor.name(),
            clock.instant());
    tasks.add(task);
    audit.record(AUDIT_TYPE, task.number().value(), "CREATE", Map.of(), withPlan(task));
    return detailOf(task, actor);
  }

  /** Changes a task that is a draft or assigned and not started, in a draft plan. */
  public TaskDetail revise(String number, TaskDraft draft) {
    Actor actor = actors.requirePermission(TaskDuty.EDIT.permission());
    GovernanceTask task = acting(number, actor, TaskDuty.EDIT);
    checkVersion(task, draft.version());
    requireEditablePlan(task);
    Map<String, Object> before = task.auditValues();
    UnitRef owner = ownerOf(task);
    task.revise(definition(draft, owner, task), clock.instant());
    audit.record(AUDIT_TYPE, task.number().value(), "UPDATE", before, task.auditValues());
    return detailOf(task, actor);
  }

  /** Deletes a draft task without children, in a draft plan. */
  public void delete(String number) {
    Actor actor = actors.requirePermission(TaskDuty.EDIT.permission());
    GovernanceTask task = acting(number, actor, TaskDuty.EDIT);
    requireEditablePlan(task);
    if (task.state() != TaskState.DRAFT || tasks.hasChildren(task.id())) {
      throw DomainException.conflict("planning.task.not-deletable", task.number().value());
    }
    Map<String, Object> before = task.auditValues();
    tasks.remove(task);
    audit.record(AUDIT_TYPE, task.number().value(), "DELETE", before, Map.of());
  }

  // --- assignment and decomposition -----------------------------------------------------------

  /** Hands a draft task to its lead unit (交办). */
  public TaskDetail assign(String number) {
    Actor actor = actors.requirePermission(TaskDuty.ASSIGN.permission());
    GovernanceTask task = acting(number, actor, TaskDuty.ASSIGN);
    Map<String, Object> before = task.auditValues();
    task.assign(today(), clock.instant());
    audit.record(AUDIT_TYPE, task.number().value(), "ASSIGN", before, task.auditValues());
    notices.assigned(task);
    return detailOf(task, actor);
  }

  /**
   * Decomposes a task (任务分解): a child task in the plan of each unit (same year, made as a draft
   * linked to the issuing plan when missing), assigned to that unit at once; the parent, if a
   * draft, is assigned too.
   *
   * @return the child tasks made
   */
  public List<TaskView> decompose(String number, Assignment assignment) {
    Actor actor = actors.requirePermission(TaskDuty.ASSIGN.permission());
    GovernanceTask parent = acting(number, actor, TaskDuty.ASSIGN);
    if (parent.state().finished()) {
      throw DomainException.conflict("planning.task.finished", parent.number().value());
    }
    if (assignment == null || assignment.unitCodes() == null || assignment.unitCodes().isEmpty()) {
      throw ValidationException.of("unitCodes", "planning.task.units-required");
    }
    if (assignment.unitCodes().size() > MAX_UNITS) {
      throw ValidationException.of("unitCodes", "planning.task.too-many-units", MAX_UNITS);
    }
    LocalDate deadline =
        assignment.deadline() == null ? parent.deadline().orElse(null) : assignment.deadline();
    int weight = assignment.weight() == null ? 1 : assignment.weight();
    ValidationException.Collector errors = new ValidationException.Collector();
    if (deadline == null) {
      errors.add("deadline", "planning.task.deadline-required");
    } else if (parent.deadline().isPresent() && deadline.isAfter(parent.deadline().get())) {
      errors.add(
          "deadline", "planning.task.child-deadline-late", deadline, parent.deadline().get());
    } else if (deadline.isBefore(today())) {
      errors.add("deadline", "planning.task.deadline-past", deadline);
    }
    if (weight < 1 || weight > GovernanceTask.MAX_WEIGHT) {
      errors.add("weight", "planning.task.weight-invalid", weight, GovernanceTask.MAX_WEIGHT);
    }
    UnitRef owner = ownerOf(parent);
    Set<String> already = new LinkedHashSet<>();
    for (GovernanceTask child : tasks.children(parent.id())) {
      already.add(child.lead().code());
    }
    List<UnitSummary> units = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < assignment.unitCodes().size(); i++) {
      String code = assignment.unitCodes().get(i);
      String field = "unitCodes[" + i + "]";
      Optional<UnitSummary> unit =
          code == null || code.isBlank()
              ? Optional.empty()
              : directory.findByCode(code.strip()).filter(UnitSummary::active);
      if (unit.isEmpty()) {
        errors.add(field, "planning.unit-unknown", String.valueOf(code));
      } else if (!unitRef(unit.get()).below(owner)) {
        errors.add(field, "planning.task.unit-not-below", unit.get().name());
      } else if (!seen.add(unit.get().code())) {
        errors.add(field, "planning.task.unit-twice", unit.get().name());
      } else {
        units.add(unit.get());
      }
    }
    errors.throwIfAny();
    for (UnitSummary unit : units) {
      if (already.contains(unit.code())) {
        throw DomainException.conflict(
            "planning.task.already-assigned", parent.number().value(), unit.name());
      }
    }
    Instant now = clock.instant();
    LocalDate today = today();
    if (parent.state() == TaskState.DRAFT) {
      Map<String, Object> before = parent.auditValues();
      parent.assign(today, now);
      audit.record(AUDIT_TYPE, parent.number().value(), "ASSIGN", before, parent.auditValues());
    }
    AnnualPlan issuingPlan = parent.planId().flatMap(plans::find).orElse(null);
    List<GovernanceTask> made = new ArrayList<>();
    for (UnitSummary unit : units) {
      AnnualPlan plan = planService.planOf(unit, parent.year(), issuingPlan, actor);
      UnitRef childOwner = new UnitRef(plan.ownerUnitId(), plan.ownerUnitCode(), plan.ownerPath());
      GovernanceTask child =
          GovernanceTask.draft(
              nextNumber(parent.year()),
              new GovernanceTask.Placement(plan.id(), childOwner, owner, parent),
              new GovernanceTask.Definition(
                  parent.title(),
                  parent.problem(),
                  parent.target(),
                  parent.measures(),
                  deadline,
                  parent.source(),
                  parent.priority(),
                  parent.livelihood(),
                  weight,
                  unitRef(unit),
                  List.of()),
              null,
              parent.immediate(),
              actor.name(),
              now);
      child.assign(today, now);
      tasks.add(child);
      Map<String, Object> values = withPlan(child);
      values.put("parent", parent.number().value());
      audit.record(AUDIT_TYPE, child.number().value(), "DECOMPOSE", Map.of(), values);
      notices.assigned(child);
      made.add(child);
    }
    rollUpFrom(made.get(0), now);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("children", made.stream().map(t -> t.number().value()).toList().toString());
    audit.record(AUDIT_TYPE, parent.number().value(), "DECOMPOSE", Map.of(), after);
    return made.stream().map(t -> viewOf(t, new HashMap<>())).toList();
  }

  // --- the lead unit's work -------------------------------------------------------------------

  /** The lead unit starts work on an assigned task. */
  public TaskDetail start(String number) {
    Actor actor = actors.requirePermission(TaskDuty.REPORT.permission());
    GovernanceTask task = acting(number, actor, TaskDuty.REPORT);
    Map<String, Object> before = task.auditValues();
    Instant now = clock.instant();
    task.start(now);
    audit.record(AUDIT_TYPE, task.number().value(), "START", before, task.auditValues());
    events.announce(task, Step.STARTED, task.deadline().orElse(null), null, null, now);
    return detailOf(task, actor);
  }

  /** Sets the work plan (leader, handler, schedule, milestones): the lead unit or the plan's. */
  public TaskDetail planWork(String number, WorkPlanDraft draft) {
    Actor actor =
        actors.requirePermission(TaskDuty.REPORT.permission(), TaskDuty.EDIT.permission());
    GovernanceTask task = visibleTask(number, actor);
    if (!PlanningAccess.may(actor, task, TaskDuty.REPORT)
        && !PlanningAccess.may(actor, task, TaskDuty.EDIT)) {
      throw DomainException.forbidden("planning.task.not-yours", task.number().value());
    }
    List<Milestone> milestones = new ArrayList<>();
    ValidationException.Collector errors = new ValidationException.Collector();
    List<MilestoneDraft> given = draft.milestones() == null ? List.of() : draft.milestones();
    for (int i = 0; i < given.size(); i++) {
      MilestoneDraft m = given.get(i);
      if (m == null || m.dueDate() == null) {
        errors.add("milestones[" + i + "].dueDate", "validation.required");
        continue;
      }
      milestones.add(
          new Milestone(
              m.title() == null ? "" : m.title().strip(),
              m.dueDate(),
              Boolean.TRUE.equals(m.done())));
    }
    errors.throwIfAny();
    Map<String, Object> before = workPlanValues(task);
    task.planWork(
        new GovernanceTask.WorkPlan(
            draft.responsibleLeader(), draft.handler(), draft.schedule(), milestones),
        clock.instant());
    audit.record(AUDIT_TYPE, task.number().value(), "WORK_PLAN", before, workPlanValues(task));
    return detailOf(task, actor);
  }

  /**
   * Records a progress report with its evidence (attachments of the task uploaded before) and rolls
   * the progress up to the parents.
   */
  public TaskDetail reportProgress(String number, ProgressDraft draft) {
    Actor actor = actors.requirePermission(TaskDuty.REPORT.permission());
    GovernanceTask task = acting(number, actor, TaskDuty.REPORT);
    List<Long> evidence = draft.attachmentIds() == null ? List.of() : draft.attachmentIds();
    AttachmentOwner owner =
        new AttachmentOwner(PlanningModule.KEY, ATTACHMENT_TYPE, task.number().value());
    for (int i = 0; i < evidence.size(); i++) {
      Long id = evidence.get(i);
      Optional<AttachmentInfo> found = id == null ? Optional.empty() : attachments.find(id);
      if (found.isEmpty() || !owner.equals(found.get().owner())) {
        throw ValidationException.of(
            "attachmentIds[" + i + "]", "planning.task.attachment-unknown", String.valueOf(id));
      }
    }
    Map<String, Object> before = task.auditValues();
    TaskState stateBefore = task.state();
    Instant now = clock.instant();
    ProgressReport report =
        task.reportProgress(
            draft.percent(),
            draft.text(),
            evidence,
            tasks.hasChildren(task.id()),
            actor.name(),
            now);
    tasks.addReport(report);
    Map<String, Object> after = task.auditValues();
    after.put("report", report.text());
    if (!evidence.isEmpty()) {
      after.put("evidence", evidence.toString());
    }
    audit.record(AUDIT_TYPE, task.number().value(), "PROGRESS", before, after);
    if (stateBefore != task.state()) {
      events.announce(task, Step.STARTED, task.deadline().orElse(null), null, null, now);
    }
    rollUpFrom(task, now);
    return detailOf(task, actor);
  }

  /** Fixes a task's progress by hand, with a reason (the plan's unit or the issuing unit). */
  public TaskDetail overrideProgress(String number, Integer percent, String reason) {
    Actor actor = actors.requirePermission(TaskDuty.EDIT.permission());
    GovernanceTask task = visibleTask(number, actor);
    requireEditOrIssuing(actor, task);
    if (percent == null) {
      throw ValidationException.of("percent", "validation.required");
    }
    Map<String, Object> before = task.auditValues();
    Instant now = clock.instant();
    task.overrideProgress(percent, reason, now);
    Map<String, Object> after = task.auditValues();
    after.put("reason", task.overrideReason().orElse(null));
    audit.record(AUDIT_TYPE, task.number().value(), "PROGRESS_OVERRIDE", before, after);
    rollUpFrom(task, now);
    return detailOf(task, actor);
  }

  /** Ends a manual override: a decomposed task takes its children's roll-up again. */
  public TaskDetail clearOverride(String number, String reason) {
    Actor actor = actors.requirePermission(TaskDuty.EDIT.permission());
    GovernanceTask task = visibleTask(number, actor);
    requireEditOrIssuing(actor, task);
    Map<String, Object> before = task.auditValues();
    Instant now = clock.instant();
    task.clearOverride(now);
    List<GovernanceTask> children = tasks.children(task.id());
    if (!children.isEmpty()) {
      task.rollUp(rollUpOf(children).rounded(), now);
    }
    Map<String, Object> after = task.auditValues();
    if (reason != null && !reason.isBlank()) {
      after.put("reason", reason.strip());
    }
    audit.record(AUDIT_TYPE, task.number().value(), "PROGRESS_OVERRIDE_END", before, after);
    rollUpFrom(task, now);
    return detailOf(task, actor);
  }

  /** Asks the issuing unit for a later deadline (延期申请). */
  public DelayView requestDelay(String number, DelayDraft draft) {
    Actor actor = actors.requirePermission(TaskDuty.REPORT.permission());
    GovernanceTask task = acting(number, actor, TaskDuty.REPORT);
    Map<String, Object> before = task.auditValues();
    DelayRequest request =
        task.requestDelay(draft.reason(), draft.proposedDeadline(), actor.name(), clock.instant());
    tasks.addDelayRequest(request);
    Map<String, Object> after = task.auditValues();
    after.put("reason", request.reason());
    after.put("proposedDeadline", request.proposedDeadline().toString());
    audit.record(AUDIT_TYPE, task.number().value(), "REQUEST_DELAY", before, after);
    notices.requestWaiting(task, "delay", request.reason());
    events.announce(
        task,
        Step.DELAY_REQUESTED,
        task.deadline().orElse(null),
        request.proposedDeadline(),
        request.reason(),
        request.requestedAt());
    return DelayView.of(request);
  }

  /** The issuing unit grants (new deadline, reported to the issuing unit) or refuses a delay. */
  public TaskDetail decideDelay(String number, long requestId, Decision decision) {
    Actor actor = actors.requirePermission(TaskDuty.APPROVE.permission());
    GovernanceTask task = acting(number, actor, TaskDuty.APPROVE);
    boolean approve = approval(decision);
    DelayRequest request =
        tasks
            .findDelayRequest(requestId)
            .filter(r -> r.task() == task || r.task().id().equals(task.id()))
            .orElseThrow(() -> DomainException.notFound("planning.delay.not-found", requestId));
    Map<String, Object> before = task.auditValues();
    LocalDate deadlineBefore = task.deadline().orElse(null);
    Instant now = clock.instant();
    if (approve) {
      Optional<Long> registered = task.deadlineId();
      task.approveDelay(request, decision.note(), actor.name(), now);
      registered.ifPresent(deadlines::close);
    } else {
      task.rejectDelay(request, decision.note(), actor.name(), now);
    }
    Map<String, Object> after = task.auditValues();
    after.put("delayRequest", request.id());
    task.decisionNote().ifPresent(n -> after.put("note", n));
    audit.record(
        AUDIT_TYPE,
        task.number().value(),
        approve ? "APPROVE_DELAY" : "REJECT_DELAY",
        before,
        after);
    notices.decided(task, "delay", approve, task.decisionNote().orElse(null));
    events.announce(
        task,
        approve ? Step.DELAY_APPROVED : Step.DELAY_REFUSED,
        deadlineBefore,
        approve ? task.deadline().orElse(null) : null,
        task.decisionNote().orElse(null),
        now);
    return detailOf(task, actor);
  }

  /** The lead unit reports the target reached (every child task finished first). */
  public TaskDetail complete(String number) {
    Actor actor = actors.requirePermission(TaskDuty.REPORT.permission());
    GovernanceTask task = acting(number, actor, TaskDuty.REPORT);
    boolean childrenFinished =
        tasks.children(task.id()).stream().allMatch(child -> child.state().finished());
    Map<String, Object> before = task.auditValues();
    Instant now = clock.instant();
    task.complete(childrenFinished, now);
    task.deadlineId().ifPresent(deadlines::close);
    audit.record(AUDIT_TYPE, task.number().value(), "COMPLETE", before, task.auditValues());
    events.announce(
        task,
        Step.COMPLETED,
        task.deadline().orElse(null),
        null,
        tasks.reports(task).stream().findFirst().map(ProgressReport::text).orElse(null),
        now);
    rollUpFrom(task, now);
    return detailOf(task, actor);
  }

  /** The lead unit asks for close-out (销号), with a summary. */
  public TaskDetail requestCloseOut(String number, String summary) {
    Actor actor = actors.requirePermission(TaskDuty.REPORT.permission());
    GovernanceTask task = acting(number, actor, TaskDuty.REPORT);
    Map<String, Object> before = task.auditValues();
    task.requestCloseOut(summary, clock.instant());
    Map<String, Object> after = task.auditValues();
    after.put("summary", task.closeOutSummary().orElse(null));
    audit.record(AUDIT_TYPE, task.number().value(), "REQUEST_CLOSE_OUT", before, after);
    notices.requestWaiting(task, "close-out", task.closeOutSummary().orElse(""));
    return detailOf(task, actor);
  }

  /** The issuing unit closes the task out, or refuses with a reason (back to work). */
  public TaskDetail decideCloseOut(String number, Decision decision) {
    Actor actor = actors.requirePermission(TaskDuty.APPROVE.permission());
    GovernanceTask task = acting(number, actor, TaskDuty.APPROVE);
    boolean approve = approval(decision);
    Map<String, Object> before = task.auditValues();
    Instant now = clock.instant();
    if (approve) {
      task.approveCloseOut(decision.note(), now);
    } else {
      task.rejectCloseOut(decision.note(), now);
    }
    Map<String, Object> after = task.auditValues();
    task.decisionNote().ifPresent(n -> after.put("note", n));
    audit.record(
        AUDIT_TYPE,
        task.number().value(),
        approve ? "APPROVE_CLOSE_OUT" : "REJECT_CLOSE_OUT",
        before,
        after);
    notices.decided(task, "close-out", approve, task.decisionNote().orElse(null));
    rollUpFrom(task, now);
    return detailOf(task, actor);
  }

  /**
   * Reminds the lead unit of a running task (催办): by an assigner of the plan's or the issuing unit;
   * audited ({@code REMIND}) and sent to the lead unit's reporters.
   */
  public void remind(String number) {
    Actor actor = actors.requirePermission(TaskDuty.ASSIGN.permission());
    GovernanceTask task = visibleTask(number, actor);
    requireEditOrIssuing(actor, task);
    if (!task.state().running()) {
      throw DomainException.conflict("planning.task.not-running", task.number().value());
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("state", task.state().name());
    task.deadline().ifPresent(d -> values.put("deadline", d.toString()));
    values.put("lead", task.lead().code());
    audit.record(AUDIT_TYPE, task.number().value(), "REMIND", Map.of(), values);
    notices.reminded(task, actor.name());
  }

  /** The lead unit's year-end self-check and self-evaluation. */
  public TaskDetail selfAssess(String number, SelfAssessment assessment) {
    Actor actor = actors.requirePermission(TaskDuty.REPORT.permission());
    GovernanceTask task = acting(number, actor, TaskDuty.REPORT);
    Map<String, Object> before = new LinkedHashMap<>();
    task.selfCheck().ifPresent(t -> before.put("selfCheck", t));
    task.selfEvaluation().ifPresent(t -> before.put("selfEvaluation", t));
    task.selfAssess(
        assessment.selfCheck(), assessment.selfEvaluation(), actor.name(), clock.instant());
    Map<String, Object> after = new LinkedHashMap<>();
    task.selfCheck().ifPresent(t -> after.put("selfCheck", t));
    task.selfEvaluation().ifPresent(t -> after.put("selfEvaluation", t));
    audit.record(AUDIT_TYPE, task.number().value(), "SELF_ASSESS", before, after);
    return detailOf(task, actor);
  }

  // --- reading --------------------------------------------------------------------------------

  /** A task with everything the reader may see (404 outside his scope). */
  public TaskDetail detail(String number) {
    Actor actor = actors.requirePermission(PlanningModule.TASK_READ);
    return detailOf(visibleTask(number, actor), actor);
  }

  /** Tasks within the reader's scope, by deadline. */
  public TaskPage search(TaskFilter filter, int first, int max) {
    Actor actor = actors.requirePermission(PlanningModule.TASK_READ);
    PlanRepository.Reach reach = PlanningAccess.reach(actor);
    int size = Math.min(Math.max(1, max), PlanService.MAX_PAGE);
    Map<Long, String> names = new HashMap<>();
    List<TaskView> items =
        tasks.search(filter, reach, Math.max(0, first), size).stream()
            .map(t -> viewOf(t, names))
            .toList();
    return new TaskPage(tasks.count(filter, reach), items);
  }

  /** The tasks of a plan the reader may see. */
  public List<TaskView> ofPlan(long planId) {
    Actor actor = actors.requirePermission(PlanningModule.TASK_READ);
    visiblePlan(planId, actor);
    Map<Long, String> names = new HashMap<>();
    return tasks.ofPlan(planId).stream().map(t -> viewOf(t, names)).toList();
  }

  /** The progress reports of a task, newest first. */
  public List<ReportView> reports(String number) {
    Actor actor = actors.requirePermission(PlanningModule.TASK_READ);
    return tasks.reports(visibleTask(number, actor)).stream().map(ReportView::of).toList();
  }

  /** The delay requests of a task, newest first. */
  public List<DelayView> delayRequests(String number) {
    Actor actor = actors.requirePermission(PlanningModule.TASK_READ);
    return tasks.delayRequests(visibleTask(number, actor)).stream().map(DelayView::of).toList();
  }

  /** The task's tree: the way up and everything below (at most 5,000 descendants). */
  public TaskTree tree(String number) {
    Actor actor = actors.requirePermission(PlanningModule.TASK_READ);
    GovernanceTask task = visibleTask(number, actor);
    Map<Long, String> names = new HashMap<>();
    Map<String, GovernanceTask> up = new HashMap<>();
    for (GovernanceTask ancestor : tasks.findAll(task.ancestorNumbers())) {
      up.put(ancestor.number().value(), ancestor);
    }
    List<TaskView> ancestors =
        task.ancestorNumbers().stream()
            .map(up::get)
            .filter(java.util.Objects::nonNull)
            .map(t -> viewOf(t, names))
            .toList();
    List<GovernanceTask> below = tasks.descendants(task, MAX_TREE + 1);
    boolean truncated = below.size() > MAX_TREE;
    if (truncated) {
      below = below.subList(0, MAX_TREE);
    }
    Map<Long, List<GovernanceTask>> byParent = new HashMap<>();
    for (GovernanceTask t : below) {
      byParent.computeIfAbsent(t.parentId().orElse(-1L), k -> new ArrayList<>()).add(t);
    }
    return new TaskTree(ancestors, node(task, byParent, names), truncated);
  }

  private TaskTree.Node node(
      GovernanceTask task, Map<Long, List<GovernanceTask>> byParent, Map<Long, String> names) {
    List<TaskTree.Node> children =
        byParent.getOrDefault(task.id(), List.of()).stream()
            .map(child -> node(child, byParent, names))
            .toList();
    return new TaskTree.Node(viewOf(task, names), children);
  }

  /** The tasks of a plan, the top level of its tree page, each with whether it has children. */
  public List<TaskBranch> planBranches(long planId) {
    Actor actor = actors.requirePermission(PlanningModule.TASK_READ);
    visiblePlan(planId, actor);
    return branches(tasks.ofPlan(planId));
  }

  /**
   * The direct children of a task the reader may see (as {@link #tree} shows everything below it),
   * each with whether it has children: the tree page loads one level when it is expanded.
   */
  public List<TaskBranch> childBranches(String number) {
    Actor actor = actors.requirePermission(PlanningModule.TASK_READ);
    GovernanceTask task = visibleTask(number, actor);
    return branches(tasks.children(task.id()));
  }

  private List<TaskBranch> branches(List<GovernanceTask> level) {
    Set<Long> parents = tasks.withChildren(level.stream().map(GovernanceTask::id).toList());
    Map<Long, String> names = new HashMap<>();
    return level.stream()
        .map(t -> new TaskBranch(viewOf(t, names), parents.contains(t.id())))
        .toList();
  }

  /** How a task's progress comes about from its children's, with weights and contributions. */
  public RollUpView rollUp(String number) {
    Actor actor = actors.requirePermission(PlanningModule.TASK_READ);
    GovernanceTask task = visibleTask(number, actor);
    List<GovernanceTask> children = tasks.children(task.id());
    return rollUpView(
        task.number().value(),
        rollUpOf(children),
        task.progress(),
        task.progressOverridden(),
        task.overrideReason().orElse(null),
        children,
        directory);
  }

  // --- roll-up --------------------------------------------------------------------------------

  /** The weighted roll-up of these tasks. */
  static ProgressRollUp rollUpOf(List<GovernanceTask> parts) {
    return ProgressRollUp.of(
        parts.stream()
            .map(t -> new ProgressRollUp.Part(t.number().value(), t.weight(), t.progress()))
            .toList());
  }

  static RollUpView rollUpView(
      String subject,
      ProgressRollUp rollUp,
      int stored,
      boolean overridden,
      String overrideReason,
      List<GovernanceTask> parts,
      OrganisationDirectory directory) {
    Map<String, GovernanceTask> byNumber = new HashMap<>();
    parts.forEach(t -> byNumber.put(t.number().value(), t));
    return new RollUpView(
        subject,
        rollUp.progress(),
        stored,
        overridden,
        overrideReason,
        rollUp.totalWeight(),
        rollUp.parts().stream()
            .map(
                c -> {
                  GovernanceTask t = byNumber.get(c.key());
                  return new RollUpView.Part(
                      c.key(),
                      t.title(),
                      t.lead().code(),
                      c.weight(),
                      c.progress(),
                      c.share(),
                      c.contribution());
                })
            .toList());
  }

  /**
   * Recomputes the progress of the ancestors of {@code task}, nearest first, while it changes; each
   * change is audited ({@code ROLL_UP}).
   */
  void rollUpFrom(GovernanceTask task, Instant now) {
    GovernanceTask current = task;
    while (current.parentId().isPresent()) {
      List<String> up = current.ancestorNumbers();
      Optional<GovernanceTask> parent =
          up.isEmpty() ? Optional.empty() : tasks.find(TaskNumber.parse(up.get(up.size() - 1)));
      if (parent.isEmpty()) {
        return;
      }
      GovernanceTask p = parent.get();
      int before = p.progress();
      if (!p.rollUp(rollUpOf(tasks.children(p.id())).rounded(), now)) {
        return;
      }
      audit.record(
          AUDIT_TYPE,
          p.number().value(),
          "ROLL_UP",
          Map.of("progress", before),
          Map.of("progress", p.progress(), "from", current.number().value()));
      current = p;
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  private TaskNumber nextNumber(int year) {
    return TaskNumber.of(year, tasks.nextSequence(year));
  }

  private AnnualPlan visiblePlan(long planId, Actor actor) {
    AnnualPlan plan =
        plans
            .find(planId)
            .filter(p -> PlanningAccess.sees(actor, p))
            .orElseThrow(() -> DomainException.notFound("planning.plan.not-found", planId));
    return plan;
  }

  GovernanceTask visibleTask(String number, Actor actor) {
    GovernanceTask task =
        tasks
            .find(TaskNumber.parse(number))
            .orElseThrow(() -> DomainException.notFound("planning.task.not-found", number));
    if (!PlanningAccess.sees(actor, task)) {
      throw DomainException.notFound("planning.task.not-found", number);
    }
    return task;
  }

  /** The task, if visible (else 404) and the actor holds the duty for it (else 403). */
  private GovernanceTask acting(String number, Actor actor, TaskDuty duty) {
    GovernanceTask task = visibleTask(number, actor);
    if (!PlanningAccess.may(actor, task, duty)) {
      throw DomainException.forbidden("planning.task.not-yours", task.number().value());
    }
    return task;
  }

  private static void requireEditOrIssuing(Actor actor, GovernanceTask task) {
    if (!actor.scope().covers(task.ownerPath()) && !actor.scope().covers(task.issuingPath())) {
      throw DomainException.forbidden("planning.task.not-yours", task.number().value());
    }
  }

  private void requireEditablePlan(GovernanceTask task) {
    task.planId().flatMap(plans::find).ifPresent(AnnualPlan::requireEditable);
  }

  private static void checkVersion(GovernanceTask task, Long version) {
    if (version != null && version != task.version()) {
      throw DomainException.conflict("planning.task.changed", task.number().value());
    }
  }

  private static boolean approval(Decision decision) {
    if (decision == null || decision.approve() == null) {
      throw ValidationException.of("approve", "validation.required");
    }
    return decision.approve();
  }

  private UnitRef ownerOf(GovernanceTask task) {
    return directory
        .findById(task.ownerUnitId())
        .map(TaskService::unitRef)
        .orElseThrow(() -> DomainException.notFound("planning.unit-unknown", task.ownerUnitId()));
  }

  static UnitRef unitRef(UnitSummary unit) {
    return new UnitRef(unit.id(), unit.code(), unit.path());
  }

  /**
   * The definition in a draft: units resolved (the lead within the plan's unit's subtree), enums
   * parsed, defaults applied; every error at once.
   */
  private GovernanceTask.Definition definition(
      TaskDraft draft, UnitRef owner, GovernanceTask existing) {
    if (draft == null) {
      throw ValidationException.of("body", "validation.body-required");
    }
    ValidationException.Collector errors = new ValidationException.Collector();
    TaskSource source = parse(TaskSource.class, draft.source(), "source", errors);
    TaskPriority priority = parse(TaskPriority.class, draft.priority(), "priority", errors);
    UnitRef lead = null;
    if (draft.leadUnitCode() == null || draft.leadUnitCode().isBlank()) {
      errors.add("leadUnitCode", "validation.required");
    } else {
      Optional<UnitSummary> unit =
          directory.findByCode(draft.leadUnitCode().strip()).filter(UnitSummary::active);
      if (unit.isEmpty()) {
        errors.add("leadUnitCode", "planning.unit-unknown", draft.leadUnitCode());
      } else if (!unit.get().path().startsWith(owner.path())) {
        errors.add("leadUnitCode", "planning.task.lead-outside", unit.get().name());
      } else {
        lead = unitRef(unit.get());
      }
    }
    List<UnitRef> cooperating = new ArrayList<>();
    List<String> codes =
        draft.cooperatingUnitCodes() == null ? List.of() : draft.cooperatingUnitCodes();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      Optional<UnitSummary> unit =
          code == null || code.isBlank()
              ? Optional.empty()
              : directory.findByCode(code.strip()).filter(UnitSummary::active);
      if (unit.isEmpty()) {
        errors.add("cooperatingUnitCodes[" + i + "]", "planning.unit-unknown", code);
      } else {
        cooperating.add(unitRef(unit.get()));
      }
    }
    errors.throwIfAny();
    int weight = draft.weight() != null ? draft.weight() : existing == null ? 1 : existing.weight();
    return new GovernanceTask.Definition(
        draft.title(),
        draft.problem(),
        draft.target(),
        draft.measures(),
        draft.deadline(),
        source,
        priority,
        Boolean.TRUE.equals(draft.livelihood()),
        weight,
        lead,
        cooperating);
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String text, String field, ValidationException.Collector errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(field, "planning.value-unknown", text);
      return null;
    }
  }

  private static Map<String, Object> withPlan(GovernanceTask task) {
    Map<String, Object> values = task.auditValues();
    task.planId().ifPresent(p -> values.put("plan", p));
    task.externalRef().ifPresent(r -> values.put("externalRef", r));
    values.put("source", task.source().name());
    return values;
  }

  private static Map<String, Object> workPlanValues(GovernanceTask task) {
    Map<String, Object> values = new LinkedHashMap<>();
    task.responsibleLeader().ifPresent(v -> values.put("responsibleLeader", v));
    task.handler().ifPresent(v -> values.put("handler", v));
    task.schedule().ifPresent(v -> values.put("schedule", v));
    values.put(
        "milestones",
        task.milestones().stream()
            .map(m -> m.dueDate() + " " + m.title() + (m.done() ? " ✓" : ""))
            .toList()
            .toString());
    return values;
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone.get());
  }

  TaskView viewOf(GovernanceTask task, Map<Long, String> names) {
    LocalDate today = today();
    String leadName =
        names.computeIfAbsent(
            task.lead().id(),
            id -> directory.findById(id).map(UnitSummary::name).orElse(task.lead().code()));
    List<String> ancestors = task.ancestorNumbers();
    return new TaskView(
        task.number().value(),
        task.version(),
        task.year(),
        task.planId().orElse(null),
        ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1),
        task.depth(),
        task.title(),
        task.lead().code(),
        leadName,
        task.cooperatingUnits().stream().map(UnitRef::code).toList(),
        task.deadline().orElse(null),
        task.state(),
        task.progress(),
        task.progressOverridden(),
        task.weight(),
        task.priority(),
        task.source(),
        task.livelihood(),
        task.immediate(),
        task.light(today, settings.warnAtPercent()).orElse(null),
        task.overdue(today));
  }

  TaskDetail detailOf(GovernanceTask task, Actor actor) {
    Optional<DeadlineView> registered = task.deadlineId().flatMap(deadlines::find);
    DelayView pending =
        task.state() == TaskState.DELAY_REQUESTED
            ? tasks.delayRequests(task).stream()
                .filter(r -> r.state() == DelayState.PENDING)
                .findFirst()
                .map(DelayView::of)
                .orElse(null)
            : null;
    List<TaskAction> allowed =
        TaskAction.allowedIn(task.state()).stream()
            .filter(a -> PlanningAccess.may(actor, task, a.duty()))
            .toList();
    return new TaskDetail(
        viewOf(task, new HashMap<>()),
        task.problem(),
        task.target(),
        task.measures(),
        task.externalRef().orElse(null),
        directory.findById(task.issuingUnitId()).map(UnitSummary::code).orElse(null),
        task.responsibleLeader().orElse(null),
        task.handler().orElse(null),
        task.schedule().orElse(null),
        task.milestones().stream()
            .map(m -> new MilestoneDraft(m.title(), m.dueDate(), m.done()))
            .toList(),
        task.overrideReason().orElse(null),
        task.selfCheck().orElse(null),
        task.selfEvaluation().orElse(null),
        task.selfAssessedBy().orElse(null),
        task.selfAssessedAt().orElse(null),
        task.closeOutSummary().orElse(null),
        task.decisionNote().orElse(null),
        registered.map(DeadlineView::explanationZh).orElse(null),
        registered.map(DeadlineView::explanationEn).orElse(null),
        pending,
        tasks.children(task.id()).size(),
        task.createdBy(),
        task.createdAt(),
        task.assignedAt().orElse(null),
        task.completedAt().orElse(null),
        task.closedOutAt().orElse(null),
        allowed,
        PlanningAccess.may(actor, task, TaskDuty.REPORT),
        PlanningAccess.may(actor, task, TaskDuty.EDIT),
        PlanningAccess.may(actor, task, TaskDuty.ASSIGN));
  }

  /** The owner of a task's registered deadline in the kernel's registry. */
  static DeadlineOwner deadlineOwner(TaskNumber number) {
    return new DeadlineOwner(PlanningModule.KEY, ATTACHMENT_TYPE, number.value());
  }
}
