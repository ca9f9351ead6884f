package cn.finegov.planning.application.workbook;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.calendar.SuiteZone;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.TaskDetail;
import cn.finegov.planning.application.TaskService;
import cn.finegov.planning.domain.model.plan.AnnualPlan;
import cn.finegov.planning.domain.model.plan.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The task-list round-trip of a draft plan: the template, the dry run (every row checked, nothing
 * stored) and the application, which stores every row as a draft task of the plan or, with any bad
 * row, none; one audit entry for the import on the plan besides each task's own.
 */
@ApplicationScoped
@Transactional
public class TaskWorkbookService {

  static final String AUDIT_TYPE = "AnnualPlan";

  @Inject PlanRepository plans;
  @Inject TaskService tasks;
  @Inject OrganisationDirectory directory;
  @Inject ActorContext actors;
  @Inject AuditLog audit;
  @Inject MessageSource messages;
  @Inject Clock clock;

  /** Writes the template with headers in the given language. */
  public void template(Locale locale, OutputStream out) throws IOException {
    actors.requirePermission(PlanningModule.TASK_EDIT);
    TaskTemplate.write(locale, out);
  }

  /**
   * Checks a workbook against a draft plan of the caller's scope; stores nothing (it only reads, in
   * a transaction because the repositories require one).
   */
  public WorkbookCheck dryRun(long planId, byte[] workbook, Locale locale) {
    Actor actor = actors.requirePermission(PlanningModule.TASK_EDIT);
    AnnualPlan plan = editablePlan(planId, actor);
    TaskRows.Checked checked = TaskRows.check(workbook, context(plan));
    return new WorkbookCheck(
        planId, checked.total(), checked.rows().size(), problems(checked.errors(), locale));
  }

  /**
   * Stores every row of a workbook as a draft task of the plan, in one transaction.
   *
   * @throws ValidationException with a field {@code row <n>.<field>} for every cell in error;
   *     nothing is stored then
   */
  public WorkbookResult apply(long planId, byte[] workbook) {
    Actor actor = actors.requirePermission(PlanningModule.TASK_EDIT);
    AnnualPlan plan = editablePlan(planId, actor);
    TaskRows.Checked checked = TaskRows.check(workbook, context(plan));
    if (!checked.errors().isEmpty()) {
      throw new ValidationException(
          checked.errors().stream().map(TaskWorkbookService::fieldError).toList());
    }
    List<String> numbers = new ArrayList<>();
    for (TaskRows.Row row : checked.rows()) {
      TaskDetail created;
      try {
        created = tasks.create(planId, row.draft());
      } catch (ValidationException invalid) {
        throw new ValidationException(
            invalid.errors().stream()
                .map(
                    e ->
                        new FieldError(
                            "row " + row.number() + "." + e.field(), e.messageKey(), e.arguments()))
                .toList());
      }
      numbers.add(created.summary().number());
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("rows", numbers.size());
    after.put("tasks", String.join(",", numbers));
    audit.record(AUDIT_TYPE, String.valueOf(planId), "IMPORT_TASKS", Map.of(), after);
    return new WorkbookResult(planId, numbers.size(), numbers);
  }

  /** The reasons in a language, with the columns' names. */
  public List<WorkbookCheck.Problem> problems(List<RowError> errors, Locale locale) {
    List<WorkbookCheck.Problem> problems = new ArrayList<>();
    for (RowError error : errors) {
      String title =
          java.util.Arrays.stream(TaskColumn.values())
              .filter(c -> c.field().equals(error.field()))
              .findFirst()
              .map(c -> c.title(locale))
              .orElse(null);
      problems.add(
          new WorkbookCheck.Problem(
              error.row(),
              error.column(),
              error.field(),
              title,
              messages.get(locale, error.messageKey(), error.arguments().toArray()),
              error.messageKey()));
    }
    return problems;
  }

  private static FieldError fieldError(RowError error) {
    String field = error.row() == 0 ? "file" : "row " + error.row() + "." + error.field();
    return new FieldError(field, error.messageKey(), error.arguments().toArray());
  }

  private AnnualPlan editablePlan(long planId, Actor actor) {
    AnnualPlan plan =
        plans
            .find(planId)
            .filter(p -> actor.scope().covers(p.ownerPath()))
            .orElseThrow(() -> DomainException.notFound("planning.plan.not-found", planId));
    plan.requireEditable();
    return plan;
  }

  private TaskRows.Context context(AnnualPlan plan) {
    return new TaskRows.Context(
        plan.ownerPath(),
        LocalDate.ofInstant(clock.instant(), SuiteZone.get()),
        code ->
            directory.findByCode(code.strip()).filter(UnitSummary::active).map(UnitSummary::path));
  }
}
