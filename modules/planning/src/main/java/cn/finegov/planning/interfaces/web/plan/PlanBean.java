package cn.finegov.planning.interfaces.web.plan;

import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.interfaces.web.Faces;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.PlanService;
import cn.finegov.planning.application.PlanView;
import cn.finegov.planning.application.TaskDetail;
import cn.finegov.planning.application.TaskDraft;
import cn.finegov.planning.application.TaskService;
import cn.finegov.planning.application.TaskView;
import cn.finegov.planning.domain.model.plan.PlanAction;
import cn.finegov.planning.domain.model.plan.PlanState;
import cn.finegov.planning.domain.model.task.TaskPriority;
import cn.finegov.planning.domain.model.task.TaskSource;
import cn.finegov.planning.interfaces.web.task.PlanningUnits;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plan's page: problems, targets, safeguards, its state with the review steps the reader may take
 * (submit, return with a reason, approve, publish), the statutory date of its level, its tasks and,
 * while it is a draft, the new-task dialog.
 */
@Named("planningPlan")
@ViewScoped
public class PlanBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient PlanService plans;
  @Inject private transient TaskService tasks;
  @Inject private transient ActorContext actors;
  @Inject private transient PlanningUnits units;
  @Inject private transient Faces faces;

  private Long id;
  private PlanView plan;
  private List<TaskView> planTasks = List.of();
  private boolean missing;

  private String returnReason;

  private String taskTitle;
  private String taskProblem;
  private String taskTarget;
  private String taskMeasures;
  private LocalDate taskDeadline;
  private TaskSource taskSource = TaskSource.OTHER;
  private TaskPriority taskPriority = TaskPriority.NORMAL;
  private boolean taskLivelihood;
  private Integer taskWeight = 1;
  private UnitSummary taskLead;
  private List<UnitSummary> taskCooperating = new ArrayList<>();

  /** Reads the plan of the page parameter; a plan out of reach shows as missing. */
  public void load() {
    if (id == null) {
      missing = true;
      return;
    }
    plan = faces.attempt(() -> plans.detail(id));
    missing = plan == null;
    if (plan != null) {
      List<TaskView> found = faces.attempt(() -> tasks.ofPlan(id));
      planTasks = found == null ? List.of() : found;
    }
  }

  /** Whether the reader may take this step now. */
  public boolean may(PlanAction action) {
    return plan != null && plan.allowed().contains(action);
  }

  /** Submit, approve or publish. */
  public void act(PlanAction action) {
    if (action == PlanAction.RETURN) {
      sendBack();
      return;
    }
    PlanView moved = faces.attempt(() -> plans.act(id, action, null, plan.version()));
    if (moved != null) {
      faces.info("planning.ui.plan.moved", moved.title());
      load();
    }
  }

  /** Sends the plan back with the reason given. */
  public void sendBack() {
    PlanView moved =
        faces.attempt(() -> plans.act(id, PlanAction.RETURN, returnReason, plan.version()));
    if (moved != null) {
      returnReason = null;
      faces.info("planning.ui.plan.moved", moved.title());
      load();
    }
  }

  public boolean isTaskEditor() {
    return plan != null
        && plan.state() == PlanState.DRAFT
        && actors.current().hasPermission(PlanningModule.TASK_EDIT);
  }

  /** Drafts a task in this plan; a refusal stays in the dialog. */
  public void createTask() {
    TaskDetail made =
        faces.attempt(
            () ->
                tasks.create(
                    id,
                    new TaskDraft(
                        taskTitle,
                        taskProblem,
                        taskTarget,
                        taskMeasures,
                        taskDeadline,
                        taskSource == null ? null : taskSource.name(),
                        taskPriority == null ? null : taskPriority.name(),
                        taskLivelihood,
                        taskWeight,
                        taskLead == null ? null : taskLead.code(),
                        taskCooperating.stream().map(UnitSummary::code).toList(),
                        null)));
    if (made != null) {
      faces.info("planning.ui.task.created", made.summary().number());
      taskTitle = null;
      taskProblem = null;
      taskTarget = null;
      taskMeasures = null;
      taskCooperating = new ArrayList<>();
      load();
    }
  }

  public List<UnitSummary> completeUnit(String text) {
    return units.search(text);
  }

  public List<TaskSource> getSources() {
    return Arrays.asList(TaskSource.values());
  }

  public List<TaskPriority> getPriorities() {
    return Arrays.asList(TaskPriority.values());
  }

  public PlanAction[] getForwardSteps() {
    return new PlanAction[] {PlanAction.SUBMIT, PlanAction.APPROVE, PlanAction.PUBLISH};
  }

  // --- properties ---------------------------------------------------------------------------

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public PlanView getPlan() {
    return plan;
  }

  public List<TaskView> getPlanTasks() {
    return planTasks;
  }

  public boolean isMissing() {
    return missing;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public void setReturnReason(String returnReason) {
    this.returnReason = returnReason;
  }

  public String getTaskTitle() {
    return taskTitle;
  }

  public void setTaskTitle(String taskTitle) {
    this.taskTitle = taskTitle;
  }

  public String getTaskProblem() {
    return taskProblem;
  }

  public void setTaskProblem(String taskProblem) {
    this.taskProblem = taskProblem;
  }

  public String getTaskTarget() {
    return taskTarget;
  }

  public void setTaskTarget(String taskTarget) {
    this.taskTarget = taskTarget;
  }

  public String getTaskMeasures() {
    return taskMeasures;
  }

  public void setTaskMeasures(String taskMeasures) {
    this.taskMeasures = taskMeasures;
  }

  public LocalDate getTaskDeadline() {
    return taskDeadline;
  }

  public void setTaskDeadline(LocalDate taskDeadline) {
    this.taskDeadline = taskDeadline;
  }

  public TaskSource getTaskSource() {
    return taskSource;
  }

  public void setTaskSource(TaskSource taskSource) {
    this.taskSource = taskSource;
  }

  public TaskPriority getTaskPriority() {
    return taskPriority;
  }

  public void setTaskPriority(TaskPriority taskPriority) {
    this.taskPriority = taskPriority;
  }

  public boolean isTaskLivelihood() {
    return taskLivelihood;
  }

  public void setTaskLivelihood(boolean taskLivelihood) {
    this.taskLivelihood = taskLivelihood;
  }

  public Integer getTaskWeight() {
    return taskWeight;
  }

  public void setTaskWeight(Integer taskWeight) {
    this.taskWeight = taskWeight;
  }

  public UnitSummary getTaskLead() {
    return taskLead;
  }

  public void setTaskLead(UnitSummary taskLead) {
    this.taskLead = taskLead;
  }

  public List<UnitSummary> getTaskCooperating() {
    return taskCooperating;
  }

  public void setTaskCooperating(List<UnitSummary> taskCooperating) {
    this.taskCooperating = taskCooperating == null ? new ArrayList<>() : taskCooperating;
  }
}
