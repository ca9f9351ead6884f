package cn.finegov.planning.interfaces.web.task;

import cn.finegov.kernel.api.attachment.AttachmentInfo;
import cn.finegov.kernel.api.attachment.AttachmentOwner;
import cn.finegov.kernel.api.attachment.Attachments;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.interfaces.web.DisplaySettings;
import cn.finegov.kernel.interfaces.web.Faces;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.Assignment;
import cn.finegov.planning.application.Decision;
import cn.finegov.planning.application.DelayDraft;
import cn.finegov.planning.application.DelayView;
import cn.finegov.planning.application.MilestoneDraft;
import cn.finegov.planning.application.PlanService;
import cn.finegov.planning.application.ProgressDraft;
import cn.finegov.planning.application.ReportView;
import cn.finegov.planning.application.RollUpView;
import cn.finegov.planning.application.SelfAssessment;
import cn.finegov.planning.application.TaskDetail;
import cn.finegov.planning.application.TaskService;
import cn.finegov.planning.application.TaskView;
import cn.finegov.planning.application.WorkPlanDraft;
import cn.finegov.planning.domain.model.task.TaskAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A task's page: what it is (units, problem, target, measures, leader, handler, milestones,
 * deadline, source, light), its lifecycle steps the reader may take (those needing words or a date
 * through a small form: delay request and decision, close-out request and decision), the work plan,
 * progress reports with evidence (the task's kernel attachments), the weighted roll-up with weights
 * and the audited manual override, decomposition to the units below, and the self-check.
 */
@Named("planningTask")
@ViewScoped
public class TaskBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Steps taken at once, without a form. */
  private static final Set<TaskAction> DIRECT =
      EnumSet.of(TaskAction.ASSIGN, TaskAction.START, TaskAction.COMPLETE);

  @Inject private transient TaskService tasks;
  @Inject private transient PlanService plans;
  @Inject private transient Attachments attachments;
  @Inject private transient PlanningUnits units;
  @Inject private transient DisplaySettings display;
  @Inject private transient Faces faces;

  private String number;
  private TaskDetail detail;
  private boolean missing;
  private RollUpView rollUp;
  private List<ReportView> reports = List.of();
  private List<DelayView> delays = List.of();

  private TaskAction pending;
  private String words;
  private LocalDate proposedDeadline;

  private String leader;
  private String handler;
  private String schedule;
  private List<MilestoneRow> milestones = new ArrayList<>();

  private Integer percent;
  private String reportText;
  private List<Long> evidence = new ArrayList<>();

  private Integer overridePercent;
  private String overrideReason;

  private List<String> decomposeUnits = new ArrayList<>();
  private LocalDate decomposeDeadline;
  private Integer decomposeWeight = 1;

  private String selfCheck;
  private String selfEvaluation;

  private final Map<String, String> unitNames = new HashMap<>();
  private List<UnitSummary> unitsBelow;

  /** Reads the task of the page parameter; a task out of reach shows as missing. */
  public void load() {
    if (number == null || number.isBlank()) {
      missing = true;
      return;
    }
    show(faces.attempt(() -> tasks.detail(number.strip())));
  }

  private void show(TaskDetail shown) {
    detail = shown;
    missing = shown == null;
    if (shown == null) {
      return;
    }
    String no = shown.summary().number();
    rollUp = shown.children() > 0 ? tasks.rollUp(no) : null;
    reports = tasks.reports(no);
    delays = tasks.delayRequests(no);
    leader = shown.responsibleLeader();
    handler = shown.handler();
    schedule = shown.schedule();
    milestones = new ArrayList<>();
    for (MilestoneDraft m : shown.milestones()) {
      milestones.add(new MilestoneRow(m.title(), m.dueDate(), Boolean.TRUE.equals(m.done())));
    }
    selfCheck = shown.selfCheck();
    selfEvaluation = shown.selfEvaluation();
    unitsBelow = null;
  }

  /** Runs a step; on success shows the task again with a message, else the refusal. */
  private boolean step(Supplier<TaskDetail> action, String doneKey) {
    TaskDetail after = faces.attempt(action);
    if (after == null) {
      return false;
    }
    show(after);
    faces.info(doneKey, after.summary().number());
    return true;
  }

  // --- lifecycle ----------------------------------------------------------------------------

  public boolean needsInput(TaskAction action) {
    return !DIRECT.contains(action);
  }

  /** Opens the small form of a step that needs words (and a date for a delay request). */
  public void prepare(TaskAction action) {
    pending = action;
    words = null;
    proposedDeadline = null;
  }

  public void cancel() {
    pending = null;
  }

  /** Takes a step without input: assign, start, complete. */
  public void take(TaskAction action) {
    String no = detail.summary().number();
    Supplier<TaskDetail> run =
        switch (action) {
          case ASSIGN -> () -> tasks.assign(no);
          case START -> () -> tasks.start(no);
          case COMPLETE -> () -> tasks.complete(no);
          default -> null;
        };
    if (run != null) {
      step(run, "planning.ui.task.done");
    }
  }

  /** The steps the reader may take now without words (assign, start, complete). */
  public List<TaskAction> getDirectSteps() {
    return detail == null
        ? List.of()
        : detail.allowed().stream().filter(a -> !needsInput(a)).toList();
  }

  /** The steps the reader may take now that take the words (and the date) of the step form. */
  public List<TaskAction> getInputSteps() {
    return detail == null ? List.of() : detail.allowed().stream().filter(this::needsInput).toList();
  }

  public boolean isDelayAllowed() {
    return detail != null && detail.allowed().contains(TaskAction.REQUEST_DELAY);
  }

  /** Takes a step with the words (and the date) of the step form. */
  public void confirm(TaskAction action) {
    pending = action;
    confirm();
  }

  /** Takes the prepared step with its words. */
  public void confirm() {
    if (pending == null || detail == null) {
      return;
    }
    String no = detail.summary().number();
    boolean done =
        switch (pending) {
          case REQUEST_DELAY -> {
            DelayView asked =
                faces.attempt(
                    () -> tasks.requestDelay(no, new DelayDraft(words, proposedDeadline)));
            if (asked != null) {
              show(tasks.detail(no));
              faces.info("planning.ui.task.done", no);
            }
            yield asked != null;
          }
          case APPROVE_DELAY, REJECT_DELAY -> {
            DelayView waiting = detail.pendingDelay();
            if (waiting == null) {
              faces.error("planning.ui.task.no-pending-delay");
              yield false;
            }
            boolean approve = pending == TaskAction.APPROVE_DELAY;
            yield step(
                () -> tasks.decideDelay(no, waiting.id(), new Decision(approve, words)),
                "planning.ui.task.done");
          }
          case REQUEST_CLOSE_OUT ->
              step(() -> tasks.requestCloseOut(no, words), "planning.ui.task.done");
          case APPROVE_CLOSE_OUT, REJECT_CLOSE_OUT -> {
            boolean approve = pending == TaskAction.APPROVE_CLOSE_OUT;
            yield step(
                () -> tasks.decideCloseOut(no, new Decision(approve, words)),
                "planning.ui.task.done");
          }
          default -> false;
        };
    if (done) {
      pending = null;
      words = null;
      proposedDeadline = null;
    }
  }

  /** Whether the words of the prepared step are required (a refusal's reason, a summary). */
  public boolean isWordsRequired() {
    return pending != null && pending.reasonRequired();
  }

  // --- work plan ----------------------------------------------------------------------------

  public void addMilestone() {
    milestones.add(new MilestoneRow(null, null, false));
  }

  public void removeMilestone(MilestoneRow row) {
    milestones.remove(row);
  }

  public void saveWorkPlan() {
    List<MilestoneDraft> given =
        milestones.stream()
            .map(m -> new MilestoneDraft(m.getTitle(), m.getDueDate(), m.isDone()))
            .toList();
    step(
        () ->
            tasks.planWork(
                detail.summary().number(), new WorkPlanDraft(leader, handler, schedule, given)),
        "planning.ui.task.work-plan.saved");
  }

  // --- progress and evidence ----------------------------------------------------------------

  /** The task's attachments, which a progress report may cite as evidence. */
  public List<AttachmentInfo> getAttachments() {
    if (detail == null) {
      return List.of();
    }
    List<AttachmentInfo> found =
        faces.attempt(
            () ->
                attachments.list(
                    new AttachmentOwner(
                        PlanningModule.KEY,
                        TaskService.ATTACHMENT_TYPE,
                        detail.summary().number())));
    return found == null ? List.of() : found;
  }

  /** Whether the progress report may give a percentage (a decomposed task's is rolled up). */
  public boolean isPercentAllowed() {
    return detail != null && detail.children() == 0;
  }

  public void report() {
    List<Long> cited = List.copyOf(evidence);
    Integer given = isPercentAllowed() ? percent : null;
    if (step(
        () ->
            tasks.reportProgress(
                detail.summary().number(), new ProgressDraft(given, reportText, cited)),
        "planning.ui.task.progress.saved")) {
      percent = null;
      reportText = null;
      evidence = new ArrayList<>();
    }
  }

  /** The evidence names of a report ({@code #id} for an attachment no longer listed). */
  public String evidenceOf(ReportView report) {
    if (report.attachmentIds().isEmpty()) {
      return "";
    }
    Map<Long, String> names = new HashMap<>();
    getAttachments().forEach(a -> names.put(a.id(), a.fileName()));
    return String.join(
        ", ", report.attachmentIds().stream().map(id -> names.getOrDefault(id, "#" + id)).toList());
  }

  // --- roll-up and override -----------------------------------------------------------------

  public void override() {
    if (step(
        () -> tasks.overrideProgress(detail.summary().number(), overridePercent, overrideReason),
        "planning.ui.task.override.saved")) {
      overridePercent = null;
      overrideReason = null;
    }
  }

  public void endOverride() {
    if (step(
        () -> tasks.clearOverride(detail.summary().number(), overrideReason),
        "planning.ui.task.override.ended")) {
      overrideReason = null;
    }
  }

  // --- decomposition ------------------------------------------------------------------------

  /** Whether the reader may decompose the task now. */
  public boolean isDecomposable() {
    return detail != null && detail.mayAssign() && !detail.summary().state().finished();
  }

  /**
   * The units below the plan's unit of the task (those a decomposition may name), or below the lead
   * unit when the reader cannot read the plan.
   */
  public List<UnitSummary> getUnitsBelow() {
    if (detail == null || !isDecomposable()) {
      return List.of();
    }
    if (unitsBelow == null) {
      String owner = detail.summary().leadUnitCode();
      Long planId = detail.summary().planId();
      if (planId != null) {
        try {
          owner = plans.detail(planId).unitCode();
        } catch (RuntimeException unreadable) {
          // the lead unit's subtree, then
        }
      }
      unitsBelow = units.below(owner);
    }
    return unitsBelow;
  }

  public void decompose() {
    String no = detail.summary().number();
    List<TaskView> made =
        faces.attempt(
            () ->
                tasks.decompose(
                    no,
                    new Assignment(
                        List.copyOf(decomposeUnits), decomposeDeadline, decomposeWeight)));
    if (made != null) {
      show(tasks.detail(no));
      faces.info("planning.ui.task.decomposed", made.size());
      decomposeUnits = new ArrayList<>();
    }
  }

  // --- self-check ---------------------------------------------------------------------------

  public void selfAssess() {
    step(
        () ->
            tasks.selfAssess(
                detail.summary().number(), new SelfAssessment(selfCheck, selfEvaluation)),
        "planning.ui.task.self.saved");
  }

  // --- what the view shows ------------------------------------------------------------------

  public String unitName(String code) {
    return units.name(code, unitNames);
  }

  public String time(Instant instant) {
    return display.time(instant);
  }

  /** The kernel's attachment owner type of a task. */
  public String getAttachmentType() {
    return TaskService.ATTACHMENT_TYPE;
  }

  // --- properties ---------------------------------------------------------------------------

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public TaskDetail getDetail() {
    return detail;
  }

  public TaskView getSummary() {
    return detail == null ? null : detail.summary();
  }

  public boolean isMissing() {
    return missing;
  }

  public RollUpView getRollUp() {
    return rollUp;
  }

  public List<ReportView> getReports() {
    return reports;
  }

  public List<DelayView> getDelays() {
    return delays;
  }

  public TaskAction getPending() {
    return pending;
  }

  public String getWords() {
    return words;
  }

  public void setWords(String words) {
    this.words = words;
  }

  public LocalDate getProposedDeadline() {
    return proposedDeadline;
  }

  public void setProposedDeadline(LocalDate proposedDeadline) {
    this.proposedDeadline = proposedDeadline;
  }

  public String getLeader() {
    return leader;
  }

  public void setLeader(String leader) {
    this.leader = leader;
  }

  public String getHandler() {
    return handler;
  }

  public void setHandler(String handler) {
    this.handler = handler;
  }

  public String getSchedule() {
    return schedule;
  }

  public void setSchedule(String schedule) {
    this.schedule = schedule;
  }

  public List<MilestoneRow> getMilestones() {
    return milestones;
  }

  public Integer getPercent() {
    return percent;
  }

  public void setPercent(Integer percent) {
    this.percent = percent;
  }

  public String getReportText() {
    return reportText;
  }

  public void setReportText(String reportText) {
    this.reportText = reportText;
  }

  public List<Long> getEvidence() {
    return evidence;
  }

  public void setEvidence(List<Long> evidence) {
    this.evidence = evidence == null ? new ArrayList<>() : new ArrayList<>(evidence);
  }

  public Integer getOverridePercent() {
    return overridePercent;
  }

  public void setOverridePercent(Integer overridePercent) {
    this.overridePercent = overridePercent;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public void setOverrideReason(String overrideReason) {
    this.overrideReason = overrideReason;
  }

  public List<String> getDecomposeUnits() {
    return decomposeUnits;
  }

  public void setDecomposeUnits(List<String> decomposeUnits) {
    this.decomposeUnits = decomposeUnits == null ? new ArrayList<>() : decomposeUnits;
  }

  public LocalDate getDecomposeDeadline() {
    return decomposeDeadline;
  }

  public void setDecomposeDeadline(LocalDate decomposeDeadline) {
    this.decomposeDeadline = decomposeDeadline;
  }

  public Integer getDecomposeWeight() {
    return decomposeWeight;
  }

  public void setDecomposeWeight(Integer decomposeWeight) {
    this.decomposeWeight = decomposeWeight;
  }

  public String getSelfCheck() {
    return selfCheck;
  }

  public void setSelfCheck(String selfCheck) {
    this.selfCheck = selfCheck;
  }

  public String getSelfEvaluation() {
    return selfEvaluation;
  }

  public void setSelfEvaluation(String selfEvaluation) {
    this.selfEvaluation = selfEvaluation;
  }

  /** A milestone row of the work-plan form. */
  public static final class MilestoneRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String title;
    private LocalDate dueDate;
    private boolean done;

    MilestoneRow(String title, LocalDate dueDate, boolean done) {
      this.title = title;
      this.dueDate = dueDate;
      this.done = done;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public LocalDate getDueDate() {
      return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
      this.dueDate = dueDate;
    }

    public boolean isDone() {
      return done;
    }

    public void setDone(boolean done) {
      this.done = done;
    }
  }
}
