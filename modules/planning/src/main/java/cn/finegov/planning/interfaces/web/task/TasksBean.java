package cn.finegov.planning.interfaces.web.task;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.interfaces.web.DisplaySettings;
import cn.finegov.kernel.interfaces.web.Faces;
import cn.finegov.kernel.interfaces.web.Messages;
import cn.finegov.planning.application.Decision;
import cn.finegov.planning.application.TaskService;
import cn.finegov.planning.application.TaskView;
import cn.finegov.planning.domain.model.task.TaskDuty;
import cn.finegov.planning.domain.model.task.TaskFilter;
import cn.finegov.planning.domain.model.task.TaskPriority;
import cn.finegov.planning.domain.model.task.TaskSource;
import cn.finegov.planning.domain.model.task.TaskState;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The tasks within the reader's scope: filters (plan, unit, state, source, priority, livelihood
 * micro-project, immediate, overdue, number or title), a lazy table, the Excel download of the
 * filtered list, and bulk steps on the selected rows (assign to the lead unit, approve close-out,
 * remind), each task a step of its own with refusals listed with their reasons.
 */
@Named("planningTasks")
@ViewScoped
public class TasksBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient TaskService tasks;
  @Inject private transient ActorContext actors;
  @Inject private transient PlanningUnits units;
  @Inject private transient TaskExport export;
  @Inject private transient DisplaySettings display;
  @Inject private transient MessageSource messages;
  @Inject private transient Faces faces;

  private Integer year;
  private Long planId;
  private TaskState state;
  private UnitSummary unit;
  private TaskSource source;
  private TaskPriority priority;
  private Boolean livelihood;
  private Boolean immediate;
  private boolean overdue;
  private String text;

  private List<TaskView> selection = new ArrayList<>();

  private final LazyDataModel<TaskView> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, tasks.search(filter(), 0, 1).total());
        }

        @Override
        public List<TaskView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return tasks.search(filter(), first, pageSize).items();
        }

        @Override
        public String getRowKey(TaskView row) {
          return row.number();
        }

        @Override
        public TaskView getRowData(String rowKey) {
          List<TaskView> shown = getWrappedData();
          return shown == null
              ? null
              : shown.stream().filter(t -> t.number().equals(rowKey)).findFirst().orElse(null);
        }
      };

  TaskFilter filter() {
    return new TaskFilter(
        year,
        planId,
        state,
        unit == null ? null : unit.code(),
        immediate,
        overdue ? LocalDate.now(display.zone()) : null,
        text == null || text.isBlank() ? null : text.strip(),
        source,
        priority,
        livelihood);
  }

  /** Applies the filters: the table starts again at its first page. */
  public void search() {
    selection = new ArrayList<>();
    var table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":tasks:table");
    if (table instanceof org.primefaces.component.datatable.DataTable data) {
      data.setFirst(0);
    }
  }

  public void reset() {
    year = null;
    planId = null;
    state = null;
    unit = null;
    source = null;
    priority = null;
    livelihood = null;
    immediate = null;
    overdue = false;
    text = null;
    search();
  }

  // --- bulk steps ---------------------------------------------------------------------------

  public boolean isAssigner() {
    return actors.current().hasPermission(TaskDuty.ASSIGN.permission());
  }

  public boolean isApprover() {
    return actors.current().hasPermission(TaskDuty.APPROVE.permission());
  }

  public String getSelectionMode() {
    return isAssigner() || isApprover() ? "multiple" : null;
  }

  /** Hands every selected draft task to its lead unit (交办). */
  public void bulkAssign() {
    bulk("planning.ui.task.bulk.assign", t -> tasks.assign(t.number()));
  }

  /** Approves the close-out of every selected task waiting for it (批量销号). */
  public void bulkApproveCloseOut() {
    bulk(
        "planning.ui.task.bulk.close-out",
        t -> tasks.decideCloseOut(t.number(), new Decision(true, null)));
  }

  /** Reminds the lead unit of every selected running task (催办). */
  public void bulkRemind() {
    bulk("planning.ui.task.bulk.remind", t -> tasks.remind(t.number()));
  }

  private void bulk(String actionKey, Consumer<TaskView> step) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (selection == null || selection.isEmpty()) {
      faces.error("planning.ui.task.bulk.none-selected");
      context.validationFailed();
      return;
    }
    int done = 0;
    Map<String, String> refused = new LinkedHashMap<>();
    for (TaskView row : selection) {
      try {
        step.accept(row);
        done++;
      } catch (RuntimeException failure) {
        DomainException refusal = DomainException.in(failure).orElseThrow(() -> failure);
        refused.put(row.number(), messages.describe(Messages.locale(), refusal));
      }
    }
    String action = messages.get(Messages.locale(), actionKey);
    context.addMessage(
        null,
        new FacesMessage(
            refused.isEmpty() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
            messages.get(
                Messages.locale(), "planning.ui.task.bulk.summary", action, done, refused.size()),
            null));
    refused.forEach(
        (number, reason) ->
            context.addMessage(
                null,
                new FacesMessage(
                    FacesMessage.SEVERITY_ERROR,
                    messages.get(
                        Messages.locale(), "planning.ui.task.bulk.refused", number, reason),
                    null)));
    selection = new ArrayList<>();
  }

  // --- export -------------------------------------------------------------------------------

  public StreamedContent getExport() {
    List<TaskView> rows = export.rows(filter());
    var locale = Messages.locale();
    var zone = display.zone();
    TaskExport writer = export;
    return DefaultStreamedContent.builder()
        .name("planning-tasks.xlsx")
        .contentType(ExcelTable.CONTENT_TYPE)
        .writer(Faces.writer(out -> writer.write(rows, locale, zone, out)))
        .build();
  }

  // --- what the view shows ------------------------------------------------------------------

  public List<UnitSummary> completeUnit(String text) {
    return units.search(text);
  }

  public List<TaskState> getStates() {
    return Arrays.asList(TaskState.values());
  }

  public List<TaskSource> getSources() {
    return Arrays.asList(TaskSource.values());
  }

  public List<TaskPriority> getPriorities() {
    return Arrays.asList(TaskPriority.values());
  }

  public LazyDataModel<TaskView> getModel() {
    return model;
  }

  // --- properties ---------------------------------------------------------------------------

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  public TaskState getState() {
    return state;
  }

  public void setState(TaskState state) {
    this.state = state;
  }

  public UnitSummary getUnit() {
    return unit;
  }

  public void setUnit(UnitSummary unit) {
    this.unit = unit;
  }

  public TaskSource getSource() {
    return source;
  }

  public void setSource(TaskSource source) {
    this.source = source;
  }

  public TaskPriority getPriority() {
    return priority;
  }

  public void setPriority(TaskPriority priority) {
    this.priority = priority;
  }

  public Boolean getLivelihood() {
    return livelihood;
  }

  public void setLivelihood(Boolean livelihood) {
    this.livelihood = livelihood;
  }

  public Boolean getImmediate() {
    return immediate;
  }

  public void setImmediate(Boolean immediate) {
    this.immediate = immediate;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public List<TaskView> getSelection() {
    return selection;
  }

  public void setSelection(List<TaskView> selection) {
    this.selection = selection == null ? new ArrayList<>() : selection;
  }
}
