package cn.finegov.planning.interfaces.web.task;

import cn.finegov.kernel.interfaces.web.Faces;
import cn.finegov.planning.application.PlanService;
import cn.finegov.planning.application.PlanView;
import cn.finegov.planning.application.TaskBranch;
import cn.finegov.planning.application.TaskDetail;
import cn.finegov.planning.application.TaskService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The task tree of a plan ({@code ?plan=<id>}: the plan's tasks at the top) or of one task ({@code
 * ?task=<number>}), with progress and light per node. Only the top level is read when the page
 * opens; a node's children are read when it is expanded (one query for the level and one for which
 * of them have children), so a tree of tens of thousands of tasks is never loaded whole.
 */
@Named("planningTree")
@ViewScoped
public class TaskTreeBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The invisible root's data. */
  private static final TaskBranch ROOT = new TaskBranch(null, true);

  @Inject private transient TaskService tasks;
  @Inject private transient PlanService plans;
  @Inject private transient Faces faces;

  private Long plan;
  private String task;
  private PlanView planView;
  private TaskDetail taskDetail;
  private TreeNode<TaskBranch> root;
  private boolean missing;

  /** Reads the plan or the task of the page parameters and makes the lazy root. */
  public void load() {
    if (task != null && !task.isBlank()) {
      taskDetail = faces.attempt(() -> tasks.detail(task.strip()));
      missing = taskDetail == null;
    } else if (plan != null) {
      planView = faces.attempt(() -> plans.detail(plan));
      missing = planView == null;
    } else {
      missing = true;
    }
    if (!missing) {
      root = new LazyDefaultTreeNode<>(ROOT, this::childrenOf, this::leaf);
      root.setExpanded(true);
    }
  }

  /** One level: the top (the plan's tasks, or the task itself) or a task's children. */
  List<TaskBranch> childrenOf(TaskBranch parent) {
    if (parent.task() == null) {
      if (taskDetail != null) {
        return List.of(new TaskBranch(taskDetail.summary(), taskDetail.children() > 0));
      }
      return tasks.planBranches(plan);
    }
    return tasks.childBranches(parent.task().number());
  }

  boolean leaf(TaskBranch branch) {
    return !branch.hasChildren();
  }

  public TreeNode<TaskBranch> getRoot() {
    return root;
  }

  public boolean isMissing() {
    return missing;
  }

  public PlanView getPlanView() {
    return planView;
  }

  public TaskDetail getTaskDetail() {
    return taskDetail;
  }

  public Long getPlan() {
    return plan;
  }

  public void setPlan(Long plan) {
    this.plan = plan;
  }

  public String getTask() {
    return task;
  }

  public void setTask(String task) {
    this.task = task;
  }
}
