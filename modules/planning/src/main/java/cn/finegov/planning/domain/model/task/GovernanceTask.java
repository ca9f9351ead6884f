package cn.finegov.planning.domain.model.task;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A governance task (治理任务) of a plan, or an immediate task (即时性任务) of no plan. It sits in a
 * decomposition tree: a task assigned to units below becomes a child task in each unit's plan, with
 * the parent link and the tree path of task numbers ({@code /2026-000001/2026-000017/}), so that
 * ancestors and descendants are found without recursion.
 *
 * <p>Three units matter besides the co-operating ones: the <em>owner</em> (the plan's unit, or the
 * lead unit of an immediate task) edits and assigns, the <em>lead</em> unit (牵头单位) works and
 * reports, the <em>issuing</em> unit (the level that gave the task: the parent's plan unit, else
 * the plan's own unit) decides delays and close-out. Every change goes through a method named for
 * it; each lifecycle step is checked against {@link TaskAction}.
 */
@Entity
@Table(name = "pln_task")
public class GovernanceTask {

  public static final int MAX_TITLE = 200;
  public static final int MAX_TEXT = 20_000;
  public static final int MAX_REASON = 2_000;
  public static final int MAX_WEIGHT = 100;
  public static final int MAX_MILESTONES = 50;
  public static final int MAX_EXTERNAL_REF = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pln_task_seq")
  @SequenceGenerator(name = "pln_task_seq", sequenceName = "pln_task_seq", allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Embedded private TaskNumber number;

  @Column(name = "task_year", nullable = false, updatable = false)
  private int taskYear;

  @Column(name = "plan_id", updatable = false)
  private Long planId;

  @Column(name = "parent_id", updatable = false)
  private Long parentId;

  @Column(name = "tree_path", length = 1000, nullable = false, updatable = false)
  private String treePath;

  @Column(name = "depth", nullable = false, updatable = false)
  private int depth;

  @Column(name = "owner_unit_id", nullable = false, updatable = false)
  private long ownerUnitId;

  @Column(name = "owner_path", length = 1000, nullable = false)
  private String ownerPath;

  @Column(name = "issuing_unit_id", nullable = false, updatable = false)
  private long issuingUnitId;

  @Column(name = "issuing_path", length = 1000, nullable = false)
  private String issuingPath;

  @Column(name = "lead_unit_id", nullable = false)
  private long leadUnitId;

  @Column(name = "lead_unit_code", length = 32, nullable = false)
  private String leadUnitCode;

  @Column(name = "lead_path", length = 1000, nullable = false)
  private String leadPath;

  @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<CooperatingUnit> cooperating = new ArrayList<>();

  @Column(name = "title", length = MAX_TITLE, nullable = false)
  private String title;

  @Lob
  @Column(name = "problem")
  private String problem;

  @Lob
  @Column(name = "target")
  private String target;

  @Lob
  @Column(name = "measures")
  private String measures;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", length = 30, nullable = false)
  private TaskSource source;

  @Column(name = "external_ref", length = MAX_EXTERNAL_REF, updatable = false)
  private String externalRef;

  @Enumerated(EnumType.STRING)
  @Column(name = "priority", length = 10, nullable = false)
  private TaskPriority priority;

  @Column(name = "livelihood", nullable = false)
  private boolean livelihood;

  @Column(name = "immediate", nullable = false, updatable = false)
  private boolean immediate;

  @Column(name = "weight", nullable = false)
  private int weight;

  @Column(name = "deadline")
  private LocalDate deadline;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "deadline_id")
  private Long deadlineId;

  @Column(name = "progress", nullable = false)
  private int progress;

  @Column(name = "progress_overridden", nullable = false)
  private boolean progressOverridden;

  @Column(name = "override_reason", length = MAX_REASON)
  private String overrideReason;

  @Column(name = "responsible_leader", length = 80)
  private String responsibleLeader;

  @Column(name = "handler", length = 80)
  private String handler;

  @Lob
  @Column(name = "schedule")
  private String schedule;

  @ElementCollection
  @CollectionTable(name = "pln_task_milestone", joinColumns = @JoinColumn(name = "task_id"))
  @OrderColumn(name = "sort_order")
  private List<Milestone> milestones = new ArrayList<>();

  @Lob
  @Column(name = "self_check")
  private String selfCheck;

  @Lob
  @Column(name = "self_evaluation")
  private String selfEvaluation;

  @Column(name = "self_assessed_by", length = 80)
  private String selfAssessedBy;

  @Column(name = "self_assessed_at")
  private Instant selfAssessedAt;

  @Column(name = "close_out_summary", length = MAX_REASON)
  private String closeOutSummary;

  @Column(name = "decision_note", length = MAX_REASON)
  private String decisionNote;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 20, nullable = false)
  private TaskState state;

  @Column(name = "created_by", length = 80, nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "assigned_at")
  private Instant assignedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "closed_out_at")
  private Instant closedOutAt;

  protected GovernanceTask() {}

  /**
   * What a task is about; what its plan's unit decides.
   *
   * @param weight its weight in the roll-up to its parent and its plan (1..100)
   * @param lead the lead unit (牵头单位)
   * @param cooperating the co-operating units (配合单位); the lead and repeats are dropped
   */
  public record Definition(
      String title,
      String problem,
      String target,
      String measures,
      LocalDate deadline,
      TaskSource source,
      TaskPriority priority,
      boolean livelihood,
      int weight,
      UnitRef lead,
      List<UnitRef> cooperating) {

    public Definition {
      cooperating = cooperating == null ? List.of() : List.copyOf(cooperating);
    }
  }

  /**
   * Where a new task stands.
   *
   * @param planId its plan, {@code null} for an immediate task
   * @param owner the unit that edits and assigns it (the plan's unit, else the lead unit)
   * @param issuing the unit that decides its delays and close-out
   * @param parent the task it was decomposed from, or {@code null}
   */
  public record Placement(Long planId, UnitRef owner, UnitRef issuing, GovernanceTask parent) {
    public Placement {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(issuing, "issuing");
    }
  }

  /**
   * A new task in {@link TaskState#DRAFT}.
   *
   * @throws ValidationException for a missing title or lead unit, a weight outside 1..100, texts
   *     too long
   */
  public static GovernanceTask draft(
      TaskNumber number,
      Placement placement,
      Definition definition,
      String externalRef,
      boolean immediate,
      String actor,
      Instant now) {
    Objects.requireNonNull(number, "number");
    validate(definition);
    GovernanceTask task = new GovernanceTask();
    task.number = number;
    task.taskYear = number.year();
    task.planId = placement.planId();
    GovernanceTask parent = placement.parent();
    task.parentId = parent == null ? null : parent.id;
    task.treePath = (parent == null ? "/" : parent.treePath) + number.value() + "/";
    task.depth = parent == null ? 0 : parent.depth + 1;
    task.ownerUnitId = placement.owner().id();
    task.ownerPath = placement.owner().path();
    task.issuingUnitId = placement.issuing().id();
    task.issuingPath = placement.issuing().path();
    task.externalRef = externalRef;
    task.immediate = immediate;
    task.source = definition.source() == null ? TaskSource.OTHER : definition.source();
    task.apply(definition);
    task.state = TaskState.DRAFT;
    task.priority = definition.priority() == null ? TaskPriority.NORMAL : definition.priority();
    task.createdBy = actor;
    task.createdAt = now;
    task.updatedAt = now;
    return task;
  }

  private static void validate(Definition definition) {
    ValidationException.Collector errors = new ValidationException.Collector();
    errors.required("title", definition.title());
    errors.maxLength("title", strip(definition.title()), MAX_TITLE);
    errors.maxLength("problem", definition.problem(), MAX_TEXT);
    errors.maxLength("target", definition.target(), MAX_TEXT);
    errors.maxLength("measures", definition.measures(), MAX_TEXT);
    if (definition.weight() < 1 || definition.weight() > MAX_WEIGHT) {
      errors.add("weight", "planning.task.weight-invalid", definition.weight(), MAX_WEIGHT);
    }
    if (definition.lead() == null) {
      errors.add("leadUnitCode", "validation.required");
    }
    errors.throwIfAny();
  }

  private void apply(Definition definition) {
    title = strip(definition.title());
    problem = blankToNull(definition.problem());
    target = blankToNull(definition.target());
    measures = blankToNull(definition.measures());
    deadline = definition.deadline();
    if (definition.source() != null && externalRef == null) {
      source = definition.source(); // the source of an external reference stays as it came
    }
    if (definition.priority() != null) {
      priority = definition.priority();
    }
    livelihood = definition.livelihood();
    weight = definition.weight();
    UnitRef lead = definition.lead();
    leadUnitId = lead.id();
    leadUnitCode = lead.code();
    leadPath = lead.path();
    List<UnitRef> wanted = new ArrayList<>();
    for (UnitRef unit : definition.cooperating()) {
      if (unit.id() != lead.id() && wanted.stream().noneMatch(u -> u.id() == unit.id())) {
        wanted.add(unit);
      }
    }
    cooperating.removeIf(c -> wanted.stream().noneMatch(u -> u.id() == c.unit().id()));
    for (UnitRef unit : wanted) {
      if (cooperating.stream().noneMatch(c -> c.unit().id() == unit.id())) {
        cooperating.add(new CooperatingUnit(this, unit));
      }
    }
  }

  /**
   * Changes what the task is about, while it is a draft or assigned and not yet started (a later
   * deadline afterwards goes through a delay request).
   *
   * @throws DomainException {@code CONFLICT} ({@code planning.task.not-editable}) otherwise
   */
  public void revise(Definition definition, Instant now) {
    if (state != TaskState.DRAFT && state != TaskState.ASSIGNED) {
      throw DomainException.conflict("planning.task.not-editable", number.value(), state.label());
    }
    validate(definition);
    if (state == TaskState.ASSIGNED && definition.deadline() == null) {
      throw ValidationException.of("deadline", "planning.task.deadline-required");
    }
    apply(definition);
    updatedAt = now;
  }

  /**
   * Hands the task to its lead unit (交办); the clock of the warning light starts today.
   *
   * @throws ValidationException without a deadline, or with a deadline before today
   */
  public void assign(LocalDate today, Instant now) {
    TaskAction.ASSIGN.from(state);
    if (deadline == null) {
      throw ValidationException.of("deadline", "planning.task.deadline-required");
    }
    if (deadline.isBefore(today)) {
      throw ValidationException.of("deadline", "planning.task.deadline-past", deadline);
    }
    step(TaskAction.ASSIGN, null);
    startDate = today;
    assignedAt = now;
    updatedAt = now;
  }

  /** The lead unit starts work. */
  public void start(Instant now) {
    step(TaskAction.START, null);
    updatedAt = now;
  }

  /**
   * Records a progress report. A report on an assigned task starts it. The progress of a decomposed
   * task is rolled up from its children: its reports carry no percentage.
   *
   * @param percent the progress reached (0..100), {@code null} for a report without a figure
   * @param decomposed whether the task has child tasks
   * @return the report, for the repository
   */
  public ProgressReport reportProgress(
      Integer percent,
      String text,
      List<Long> attachmentIds,
      boolean decomposed,
      String actor,
      Instant now) {
    if (state != TaskState.ASSIGNED
        && state != TaskState.IN_PROGRESS
        && state != TaskState.DELAY_REQUESTED) {
      throw DomainException.conflict("planning.task.report-not-allowed", state.label());
    }
    ValidationException.Collector errors = new ValidationException.Collector();
    errors.required("text", text);
    errors.maxLength("text", strip(text), ProgressReport.MAX_TEXT);
    if (percent != null && (percent < 0 || percent > 100)) {
      errors.add("percent", "planning.task.percent-invalid", percent);
    }
    List<Long> evidence = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    if (evidence.size() > ProgressReport.MAX_ATTACHMENTS) {
      errors.add(
          "attachmentIds", "planning.task.too-many-attachments", ProgressReport.MAX_ATTACHMENTS);
    }
    errors.throwIfAny();
    if (percent != null && decomposed) {
      throw DomainException.conflict("planning.task.progress-rolled-up", number.value());
    }
    if (state == TaskState.ASSIGNED) {
      start(now);
    }
    if (percent != null && !progressOverridden) {
      progress = percent;
    }
    updatedAt = now;
    return new ProgressReport(this, percent, strip(text), evidence, actor, now);
  }

  /**
   * Takes the weighted progress of the children (unless a manual override holds).
   *
   * @return whether the stored progress changed
   */
  public boolean rollUp(int rolledUp, Instant now) {
    if (progressOverridden || progress == rolledUp || state == TaskState.CLOSED_OUT) {
      return false;
    }
    progress = rolledUp;
    updatedAt = now;
    return true;
  }

  /**
   * Fixes the progress by hand (人工调整), overriding reports and the roll-up, with a reason.
   *
   * @throws ValidationException without a reason or with a percentage outside 0..100
   */
  public void overrideProgress(int percent, String reason, Instant now) {
    ValidationException.Collector errors = new ValidationException.Collector();
    if (percent < 0 || percent > 100) {
      errors.add("percent", "planning.task.percent-invalid", percent);
    }
    checkReason(reason, errors);
    errors.throwIfAny();
    if (state == TaskState.CLOSED_OUT) {
      throw DomainException.conflict("planning.task.closed", number.value());
    }
    progress = percent;
    progressOverridden = true;
    overrideReason = strip(reason);
    updatedAt = now;
  }

  /** Ends a manual override: the progress follows the roll-up or the reports again. */
  public void clearOverride(Instant now) {
    if (!progressOverridden) {
      throw DomainException.conflict("planning.task.not-overridden", number.value());
    }
    progressOverridden = false;
    overrideReason = null;
    updatedAt = now;
  }

  /**
   * Asks the issuing unit for a later deadline.
   *
   * @return the request, for the repository
   * @throws ValidationException without a reason, or with a proposed deadline not after the current
   *     one
   */
  public DelayRequest requestDelay(
      String reason, LocalDate proposedDeadline, String actor, Instant now) {
    ValidationException.Collector errors = new ValidationException.Collector();
    checkReason(reason, errors);
    if (proposedDeadline == null) {
      errors.add("proposedDeadline", "validation.required");
    } else if (deadline != null && !proposedDeadline.isAfter(deadline)) {
      errors.add("proposedDeadline", "planning.delay.not-later", proposedDeadline, deadline);
    }
    errors.throwIfAny();
    step(TaskAction.REQUEST_DELAY, reason);
    updatedAt = now;
    return new DelayRequest(this, strip(reason), proposedDeadline, deadline, actor, now);
  }

  /** Grants a delay request: its proposed deadline becomes the deadline. */
  public void approveDelay(DelayRequest request, String note, String actor, Instant now) {
    TaskAction.APPROVE_DELAY.from(state);
    requirePending(request);
    checkOptionalNote(note);
    step(TaskAction.APPROVE_DELAY, note);
    request.decide(true, blankToNull(note), actor, now);
    deadline = request.proposedDeadline();
    deadlineId = null;
    decisionNote = blankToNull(note);
    updatedAt = now;
  }

  /** Refuses a delay request, with the reason: the deadline stands. */
  public void rejectDelay(DelayRequest request, String reason, String actor, Instant now) {
    TaskAction.REJECT_DELAY.from(state);
    requirePending(request);
    step(TaskAction.REJECT_DELAY, reason);
    request.decide(false, strip(reason), actor, now);
    decisionNote = strip(reason);
    updatedAt = now;
  }

  private void requirePending(DelayRequest request) {
    if (request.task() != this || request.state() != DelayState.PENDING) {
      throw DomainException.conflict("planning.delay.not-pending", number.value());
    }
  }

  /**
   * The lead unit reports the target reached: progress 100 % (a manual override ends).
   *
   * @param childrenFinished whether every child task is completed or closed out
   * @throws DomainException {@code RULE} ({@code planning.task.children-open}) while a child task
   *     is still open
   */
  public void complete(boolean childrenFinished, Instant now) {
    TaskAction.COMPLETE.from(state);
    if (!childrenFinished) {
      throw DomainException.rule("planning.task.children-open", number.value());
    }
    step(TaskAction.COMPLETE, null);
    progress = 100;
    progressOverridden = false;
    overrideReason = null;
    completedAt = now;
    updatedAt = now;
  }

  /** Asks for close-out (销号), with a summary of what was achieved. */
  public void requestCloseOut(String summary, Instant now) {
    step(TaskAction.REQUEST_CLOSE_OUT, summary);
    closeOutSummary = strip(summary);
    updatedAt = now;
  }

  /** Closes the task out (销号). */
  public void approveCloseOut(String note, Instant now) {
    checkOptionalNote(note);
    step(TaskAction.APPROVE_CLOSE_OUT, note);
    decisionNote = blankToNull(note);
    closedOutAt = now;
    updatedAt = now;
  }

  /** Refuses close-out, with the reason: the lead unit works on. */
  public void rejectCloseOut(String reason, Instant now) {
    step(TaskAction.REJECT_CLOSE_OUT, reason);
    decisionNote = strip(reason);
    completedAt = null;
    updatedAt = now;
  }

  /** The work plan (工作方案): responsible leader, handler, schedule and milestones. */
  public record WorkPlan(
      String responsibleLeader, String handler, String schedule, List<Milestone> milestones) {
    public WorkPlan {
      milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
  }

  /**
   * Sets the work plan.
   *
   * @throws DomainException {@code CONFLICT} once closed out
   */
  public void planWork(WorkPlan plan, Instant now) {
    if (state == TaskState.CLOSED_OUT) {
      throw DomainException.conflict("planning.task.closed", number.value());
    }
    ValidationException.Collector errors = new ValidationException.Collector();
    errors.maxLength("responsibleLeader", strip(plan.responsibleLeader()), 80);
    errors.maxLength("handler", strip(plan.handler()), 80);
    errors.maxLength("schedule", plan.schedule(), MAX_TEXT);
    if (plan.milestones().size() > MAX_MILESTONES) {
      errors.add("milestones", "planning.task.too-many-milestones", MAX_MILESTONES);
    }
    for (int i = 0; i < plan.milestones().size(); i++) {
      Milestone milestone = plan.milestones().get(i);
      if (milestone.title().isBlank()) {
        errors.add("milestones[" + i + "].title", "validation.required");
      } else if (milestone.title().length() > Milestone.MAX_TITLE) {
        errors.add("milestones[" + i + "].title", "validation.too-long", Milestone.MAX_TITLE);
      }
    }
    errors.throwIfAny();
    responsibleLeader = blankToNull(plan.responsibleLeader());
    handler = blankToNull(plan.handler());
    schedule = blankToNull(plan.schedule());
    milestones.clear();
    milestones.addAll(plan.milestones());
    updatedAt = now;
  }

  /**
   * The year-end self-check and self-evaluation (年终自查、自评) of the lead unit.
   *
   * @throws DomainException {@code CONFLICT} for a task not yet assigned
   */
  public void selfAssess(String check, String evaluation, String actor, Instant now) {
    if (state == TaskState.DRAFT) {
      throw DomainException.conflict("planning.task.not-assigned", number.value());
    }
    ValidationException.Collector errors = new ValidationException.Collector();
    if (blankToNull(check) == null && blankToNull(evaluation) == null) {
      errors.add("selfCheck", "validation.required");
    }
    errors.maxLength("selfCheck", check, MAX_TEXT);
    errors.maxLength("selfEvaluation", evaluation, MAX_TEXT);
    errors.throwIfAny();
    selfCheck = blankToNull(check);
    selfEvaluation = blankToNull(evaluation);
    selfAssessedBy = actor;
    selfAssessedAt = now;
    updatedAt = now;
  }

  /** The deadline is tracked by the kernel's registry (it follows calendar changes). */
  public void trackedBy(Long registeredDeadline) {
    deadlineId = registeredDeadline;
  }

  /** A calendar change moved the registered deadline. */
  public void deadlineMoved(LocalDate newDeadline, Instant now) {
    deadline = newDeadline;
    updatedAt = now;
  }

  /** The light on {@code today}: empty unless the task runs and has a deadline. */
  public Optional<WarningLight> light(LocalDate today, int warnAtPercent) {
    if (!state.running() || deadline == null || startDate == null) {
      return Optional.empty();
    }
    return Optional.of(WarningLight.of(startDate, deadline, today, warnAtPercent));
  }

  /** Whether the deadline passed while the task still runs. */
  public boolean overdue(LocalDate today) {
    return state.running() && deadline != null && today.isAfter(deadline);
  }

  private void step(TaskAction action, String reason) {
    if (action.reasonRequired()) {
      ValidationException.Collector errors = new ValidationException.Collector();
      checkReason(reason, errors);
      errors.throwIfAny();
    }
    state = action.from(state);
  }

  private static void checkReason(String reason, ValidationException.Collector errors) {
    if (blankToNull(reason) == null) {
      errors.add("reason", "planning.reason-required");
    } else {
      errors.maxLength("reason", reason.strip(), MAX_REASON);
    }
  }

  private static void checkOptionalNote(String note) {
    if (note != null && note.strip().length() > MAX_REASON) {
      throw ValidationException.of("note", "validation.too-long", MAX_REASON);
    }
  }

  /** The values an audit entry shows. */
  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("state", state.name());
    values.put("title", title);
    values.put("leadUnit", leadUnitCode);
    if (!cooperating.isEmpty()) {
      values.put(
          "cooperatingUnits", cooperating.stream().map(c -> c.unit().code()).toList().toString());
    }
    if (deadline != null) {
      values.put("deadline", deadline.toString());
    }
    values.put("weight", weight);
    values.put("progress", progress);
    if (progressOverridden) {
      values.put("progressOverride", overrideReason);
    }
    values.put("priority", priority.name());
    values.put("livelihood", livelihood);
    return values;
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  // --- reading --------------------------------------------------------------------------------

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public TaskNumber number() {
    return number;
  }

  public int year() {
    return taskYear;
  }

  public Optional<Long> planId() {
    return Optional.ofNullable(planId);
  }

  public Optional<Long> parentId() {
    return Optional.ofNullable(parentId);
  }

  public String treePath() {
    return treePath;
  }

  public int depth() {
    return depth;
  }

  /** Numbers of the ancestors, from the top of the tree down to the parent. */
  public List<String> ancestorNumbers() {
    List<String> numbers = new ArrayList<>(List.of(treePath.substring(1).split("/")));
    numbers.remove(numbers.size() - 1);
    return numbers;
  }

  public long ownerUnitId() {
    return ownerUnitId;
  }

  public String ownerPath() {
    return ownerPath;
  }

  public long issuingUnitId() {
    return issuingUnitId;
  }

  public String issuingPath() {
    return issuingPath;
  }

  public UnitRef lead() {
    return new UnitRef(leadUnitId, leadUnitCode, leadPath);
  }

  public List<UnitRef> cooperatingUnits() {
    return cooperating.stream().map(CooperatingUnit::unit).toList();
  }

  public String title() {
    return title;
  }

  public String problem() {
    return problem;
  }

  public String target() {
    return target;
  }

  public String measures() {
    return measures;
  }

  public TaskSource source() {
    return source;
  }

  public Optional<String> externalRef() {
    return Optional.ofNullable(externalRef);
  }

  public TaskPriority priority() {
    return priority;
  }

  public boolean livelihood() {
    return livelihood;
  }

  public boolean immediate() {
    return immediate;
  }

  public int weight() {
    return weight;
  }

  public Optional<LocalDate> deadline() {
    return Optional.ofNullable(deadline);
  }

  public Optional<LocalDate> startDate() {
    return Optional.ofNullable(startDate);
  }

  public Optional<Long> deadlineId() {
    return Optional.ofNullable(deadlineId);
  }

  public int progress() {
    return progress;
  }

  public boolean progressOverridden() {
    return progressOverridden;
  }

  public Optional<String> overrideReason() {
    return Optional.ofNullable(overrideReason);
  }

  public Optional<String> responsibleLeader() {
    return Optional.ofNullable(responsibleLeader);
  }

  public Optional<String> handler() {
    return Optional.ofNullable(handler);
  }

  public Optional<String> schedule() {
    return Optional.ofNullable(schedule);
  }

  public List<Milestone> milestones() {
    return List.copyOf(milestones);
  }

  public Optional<String> selfCheck() {
    return Optional.ofNullable(selfCheck);
  }

  public Optional<String> selfEvaluation() {
    return Optional.ofNullable(selfEvaluation);
  }

  public Optional<String> selfAssessedBy() {
    return Optional.ofNullable(selfAssessedBy);
  }

  public Optional<Instant> selfAssessedAt() {
    return Optional.ofNullable(selfAssessedAt);
  }

  public Optional<String> closeOutSummary() {
    return Optional.ofNullable(closeOutSummary);
  }

  public Optional<String> decisionNote() {
    return Optional.ofNullable(decisionNote);
  }

  public TaskState state() {
    return state;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<Instant> assignedAt() {
    return Optional.ofNullable(assignedAt);
  }

  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  public Optional<Instant> closedOutAt() {
    return Optional.ofNullable(closedOutAt);
  }
}
