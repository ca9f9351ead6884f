package cn.finegov.planning.interfaces.web.workbook;

import cn.finegov.kernel.interfaces.web.Faces;
import cn.finegov.kernel.interfaces.web.Messages;
import cn.finegov.planning.application.PlanPage;
import cn.finegov.planning.application.PlanService;
import cn.finegov.planning.application.PlanView;
import cn.finegov.planning.application.workbook.TaskRows;
import cn.finegov.planning.application.workbook.TaskTemplate;
import cn.finegov.planning.application.workbook.TaskWorkbookService;
import cn.finegov.planning.application.workbook.WorkbookCheck;
import cn.finegov.planning.application.workbook.WorkbookResult;
import cn.finegov.planning.domain.model.plan.PlanFilter;
import cn.finegov.planning.domain.model.plan.PlanState;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The task-list import: choose a draft plan, download the template, upload a filled workbook for a
 * dry run (its errors listed per row, nothing stored), then import it, all rows or none.
 */
@Named("planningImport")
@ViewScoped
public class TaskImportBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Most draft plans offered for choice. */
  static final int MAX_PLANS = 200;

  @Inject private transient TaskWorkbookService workbooks;
  @Inject private transient PlanService plans;
  @Inject private transient Faces faces;
  @Inject private transient Messages messages;

  private Long planId;
  private List<PlanView> draftPlans;
  private byte[] content;
  private String fileName;
  private WorkbookCheck check;
  private WorkbookResult result;

  /** The draft plans in the reader's scope (loaded once per view). */
  public List<PlanView> getDraftPlans() {
    if (draftPlans == null) {
      PlanPage page =
          faces.attempt(
              () -> plans.search(new PlanFilter(null, null, PlanState.DRAFT, null), 0, MAX_PLANS));
      draftPlans = page == null ? List.of() : page.items();
    }
    return draftPlans;
  }

  /** A new plan choice forgets the last dry run. */
  public void planChanged() {
    content = null;
    check = null;
    result = null;
  }

  public void upload(FileUploadEvent event) {
    result = null;
    check = null;
    if (planId == null) {
      faces.error("planning.ui.import.plan-choose");
      return;
    }
    content = event.getFile().getContent();
    fileName = event.getFile().getFileName();
    check = faces.attempt(() -> workbooks.dryRun(planId, content, Messages.locale()));
    if (check != null) {
      faces.info(
          "planning.ui.import.checked", check.rows(), check.validRows(), check.errors().size());
    }
  }

  public void apply() {
    if (content == null || check == null || !check.valid() || planId == null) {
      faces.error("planning.ui.import.no-file");
      return;
    }
    WorkbookResult applied = faces.attempt(() -> workbooks.apply(planId, content));
    if (applied != null) {
      result = applied;
      check = null;
      content = null;
      faces.info(
          "planning.ui.import.applied", applied.created(), String.join("、", applied.numbers()));
    }
  }

  public StreamedContent getTemplate() {
    return DefaultStreamedContent.builder()
        .name("planning-tasks-template.xlsx")
        .contentType(TaskTemplate.CONTENT_TYPE)
        .writer(Faces.writer(out -> workbooks.template(Messages.locale(), out)))
        .build();
  }

  /** The dry run's outcome in a sentence. */
  public String getCheckedText() {
    return check == null
        ? ""
        : messages.format(
            "planning.ui.import.checked", check.rows(), check.validRows(), check.errors().size());
  }

  public String getCleanText() {
    return check == null ? "" : messages.format("planning.ui.import.clean", check.rows());
  }

  public String getAppliedText() {
    return result == null
        ? ""
        : messages.format(
            "planning.ui.import.applied", result.created(), String.join("、", result.numbers()));
  }

  public int getMaxUploadBytes() {
    return TaskRows.MAX_BYTES;
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  public WorkbookCheck getCheck() {
    return check;
  }

  public WorkbookResult getResult() {
    return result;
  }

  public String getFileName() {
    return fileName;
  }
}
