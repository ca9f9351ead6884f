package cn.finegov.planning.application.publication;

import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.planning.domain.model.task.TaskState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Composes the published plan and the committee report as documents, in a language. */
@ApplicationScoped
public class PlanDocuments {

  @Inject MessageSource messages;

  /** The published plan: what it says and its task list. */
  public ReportDocument publishedPlan(PublishedPlan plan, Locale locale, ZoneId zone) {
    ReportDocument document = new ReportDocument(plan.title());
    document.paragraph(
        text(
            locale,
            "planning.doc.plan.meta",
            plan.unitName(),
            String.valueOf(plan.year()),
            text(locale, plan.levelKey()),
            date(plan.publishedAt(), zone)));
    section(document, locale, "planning.doc.problems", plan.problems());
    section(document, locale, "planning.doc.targets", plan.targets());
    section(document, locale, "planning.doc.safeguards", plan.safeguards());
    document.heading(
        text(
            locale,
            "planning.doc.tasks",
            String.valueOf(plan.tasks().size()),
            percent(plan.progress())));
    List<List<String>> rows = new ArrayList<>();
    int n = 1;
    for (PublishedPlan.Task task : plan.tasks()) {
      rows.add(
          List.of(
              String.valueOf(n++),
              task.title() + (task.livelihood() ? text(locale, "planning.doc.livelihood") : ""),
              nullToEmpty(task.target()),
              task.leadUnit(),
              String.join("、", task.cooperatingUnits()),
              task.deadline() == null ? "" : task.deadline().toString(),
              text(locale, task.stateKey()),
              task.progress() + "%"));
    }
    document.table(
        columns(
            locale,
            "planning.doc.col.no",
            "planning.doc.col.title",
            "planning.doc.col.target",
            "planning.doc.col.lead",
            "planning.doc.col.cooperating",
            "planning.doc.col.deadline",
            "planning.doc.col.state",
            "planning.doc.col.progress"),
        List.of(4, 18, 20, 12, 12, 10, 8, 6),
        rows);
    return document;
  }

  /** The published plan's task list as a workbook. */
  public void publishedPlanExcel(PublishedPlan plan, Locale locale, ZoneId zone, OutputStream out)
      throws IOException {
    ExcelTable.<PublishedPlan.Task>sheet(text(locale, "planning.doc.sheet"), zone)
        .column(text(locale, "planning.doc.col.number"), PublishedPlan.Task::number, 14)
        .column(text(locale, "planning.doc.col.title"), PublishedPlan.Task::title, 30)
        .column(text(locale, "planning.doc.col.target"), PublishedPlan.Task::target, 30)
        .column(text(locale, "planning.doc.col.measures"), PublishedPlan.Task::measures, 30)
        .column(text(locale, "planning.doc.col.lead"), PublishedPlan.Task::leadUnit, 20)
        .column(
            text(locale, "planning.doc.col.cooperating"),
            t -> String.join("、", t.cooperatingUnits()),
            24)
        .column(text(locale, "planning.doc.col.deadline"), PublishedPlan.Task::deadline, 12)
        .column(text(locale, "planning.doc.col.state"), t -> text(locale, t.stateKey()), 10)
        .column(text(locale, "planning.doc.col.progress"), PublishedPlan.Task::progress, 8)
        .column(
            text(locale, "planning.doc.col.livelihood"),
            t -> text(locale, t.livelihood() ? "planning.doc.yes" : "planning.doc.no"),
            10)
        .write(plan.tasks(), out);
  }

  /**
   * The report to the committee on a plan's execution.
   *
   * @param plan the plan (its tasks are not used: the figures carry them)
   * @param committee the committee addressed
   * @param progress the weighted progress of the plan's tasks
   */
  public ReportDocument committeeReport(
      PublishedPlan plan,
      String state,
      String committee,
      CommitteeFigures figures,
      BigDecimal progress,
      LocalDate today,
      Locale locale,
      ZoneId zone) {
    ReportDocument document =
        new ReportDocument(text(locale, "planning.doc.report.title", plan.title()));
    document.paragraph(committee + text(locale, "planning.doc.report.colon"));
    document.paragraph(
        text(
            locale,
            "planning.doc.report.intro",
            plan.unitName(),
            String.valueOf(plan.year()),
            plan.title()));
    document.heading(text(locale, "planning.doc.report.summary"));
    document.paragraph(
        text(
            locale,
            "planning.doc.report.summary-text",
            plan.title(),
            text(locale, plan.levelKey()),
            state,
            date(plan.publishedAt(), zone)));
    section(document, locale, "planning.doc.problems", plan.problems());
    section(document, locale, "planning.doc.targets", plan.targets());
    section(document, locale, "planning.doc.safeguards", plan.safeguards());
    document.heading(text(locale, "planning.doc.report.completion"));
    int finished =
        figures.byState().get(TaskState.COMPLETED)
            + figures.closeOutRequested()
            + figures.closedOut();
    document.paragraph(
        text(
            locale,
            "planning.doc.report.completion-text",
            String.valueOf(figures.total()),
            String.valueOf(finished),
            figures.completionRate().toPlainString(),
            percent(progress)));
    List<List<String>> counts = new ArrayList<>();
    for (TaskState taskState : TaskState.values()) {
      counts.add(
          List.of(
              text(locale, taskState.label().key()),
              String.valueOf(figures.byState().get(taskState))));
    }
    document.table(
        columns(locale, "planning.doc.col.state", "planning.doc.col.count"), List.of(3, 1), counts);
    document.heading(text(locale, "planning.doc.report.overdue"));
    if (figures.overdue().isEmpty()) {
      document.paragraph(text(locale, "planning.doc.report.none"));
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (CommitteeFigures.TaskFacts task : figures.overdue()) {
        rows.add(
            List.of(
                task.number(),
                task.title(),
                task.leadUnit(),
                task.deadline().toString(),
                String.valueOf(java.time.temporal.ChronoUnit.DAYS.between(task.deadline(), today)),
                task.progress() + "%"));
      }
      document.table(
          columns(
              locale,
              "planning.doc.col.number",
              "planning.doc.col.title",
              "planning.doc.col.lead",
              "planning.doc.col.deadline",
              "planning.doc.col.days-over",
              "planning.doc.col.progress"),
          List.of(12, 26, 16, 11, 8, 7),
          rows);
    }
    document.heading(text(locale, "planning.doc.report.delayed"));
    if (figures.delayed().isEmpty()) {
      document.paragraph(text(locale, "planning.doc.report.none"));
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (CommitteeFigures.TaskFacts task : figures.delayed()) {
        for (CommitteeFigures.Delay delay : task.delays()) {
          rows.add(
              List.of(
                  task.number(),
                  task.title(),
                  task.leadUnit(),
                  delay.previousDeadline() == null ? "" : delay.previousDeadline().toString(),
                  delay.proposedDeadline() == null ? "" : delay.proposedDeadline().toString(),
                  text(locale, "planning.delay.state." + delay.state()),
                  nullToEmpty(delay.reason())));
        }
      }
      document.table(
          columns(
              locale,
              "planning.doc.col.number",
              "planning.doc.col.title",
              "planning.doc.col.lead",
              "planning.doc.col.previous-deadline",
              "planning.doc.col.proposed-deadline",
              "planning.doc.col.decision",
              "planning.doc.col.reason"),
          List.of(11, 18, 12, 10, 10, 8, 22),
          rows);
    }
    document.heading(text(locale, "planning.doc.report.close-out"));
    document.paragraph(
        text(
            locale,
            "planning.doc.report.close-out-text",
            String.valueOf(figures.closeOutRequested()),
            String.valueOf(figures.closedOut())));
    document.paragraph(plan.unitName() + "\n" + today);
    return document;
  }

  private void section(ReportDocument document, Locale locale, String key, String text) {
    if (text != null && !text.isBlank()) {
      document.heading(text(locale, key));
      document.paragraph(text);
    }
  }

  private List<String> columns(Locale locale, String... keys) {
    List<String> names = new ArrayList<>();
    for (String key : keys) {
      names.add(text(locale, key));
    }
    return names;
  }

  private String text(Locale locale, String key, Object... arguments) {
    return messages.get(locale, key, arguments);
  }

  private static String date(Instant instant, ZoneId zone) {
    return instant == null ? "" : LocalDate.ofInstant(instant, zone).toString();
  }

  private static String percent(BigDecimal value) {
    return value == null ? "0" : value.stripTrailingZeros().toPlainString();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
