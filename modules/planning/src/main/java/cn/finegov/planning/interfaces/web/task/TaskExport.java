package cn.finegov.planning.interfaces.web.task;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.planning.application.TaskService;
import cn.finegov.planning.application.TaskView;
import cn.finegov.planning.domain.model.task.TaskFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The task list's Excel download: the tasks of the filter within the reader's reach (read through
 * the task service, so its permission and reach apply), at most {@value #MAX_ROWS}; the download is
 * audited (who took which filter, how many tasks).
 */
@ApplicationScoped
public class TaskExport {

  /** Tasks in one download at most. */
  public static final int MAX_ROWS = 10_000;

  private static final int PAGE = 500;

  @Inject TaskService tasks;
  @Inject AuditLog audit;
  @Inject MessageSource messages;

  /** The rows of a download, read and audited in one transaction. */
  @Transactional
  public List<TaskView> rows(TaskFilter filter) {
    List<TaskView> rows = new ArrayList<>();
    while (rows.size() < MAX_ROWS) {
      List<TaskView> page =
          tasks.search(filter, rows.size(), Math.min(PAGE, MAX_ROWS - rows.size())).items();
      rows.addAll(page);
      if (page.size() < PAGE) {
        break;
      }
    }
    Map<String, Object> asked = new LinkedHashMap<>();
    asked.put("year", filter.year());
    asked.put("plan", filter.planId());
    asked.put("state", filter.state() == null ? null : filter.state().name());
    asked.put("unit", filter.unitCode());
    asked.put("source", filter.source() == null ? null : filter.source().name());
    asked.put("priority", filter.priority() == null ? null : filter.priority().name());
    asked.put("livelihood", filter.livelihood());
    asked.put("immediate", filter.immediate());
    asked.put("overdue", filter.overdueOn() == null ? null : Boolean.TRUE);
    asked.put("text", filter.text());
    asked.values().removeIf(v -> v == null || (v instanceof String s && s.isBlank()));
    audit.record("GovernanceTask", "export", "EXPORT", asked, Map.of("entries", rows.size()));
    return rows;
  }

  /** Writes the rows as a workbook with titles in {@code locale}. */
  public void write(List<TaskView> rows, Locale locale, ZoneId zone, OutputStream out)
      throws IOException {
    String yes = text(locale, "planning.ui.yes");
    ExcelTable.<TaskView>sheet(text(locale, "planning.ui.task.export.sheet"), zone)
        .column(text(locale, "planning.ui.task.number"), TaskView::number, 14)
        .column(text(locale, "planning.ui.task.title"), TaskView::title, 36)
        .column(text(locale, "planning.ui.task.parent"), TaskView::parentNumber, 14)
        .column(text(locale, "planning.ui.task.lead"), TaskView::leadUnitName, 26)
        .column(text(locale, "planning.ui.task.lead-code"), TaskView::leadUnitCode, 14)
        .column(
            text(locale, "planning.ui.task.cooperating"),
            t -> String.join(", ", t.cooperatingUnitCodes()),
            20)
        .column(
            text(locale, "planning.ui.task.state"), t -> text(locale, t.state().label().key()), 10)
        .column(text(locale, "planning.ui.task.deadline"), TaskView::deadline, 12)
        .column(
            text(locale, "planning.ui.task.light"),
            t -> t.light() == null ? "" : text(locale, "planning.ui.light." + t.light().name()),
            8)
        .column(text(locale, "planning.ui.task.progress"), TaskView::progress, 8)
        .column(text(locale, "planning.ui.task.weight"), TaskView::weight, 8)
        .column(
            text(locale, "planning.ui.task.source"),
            t -> text(locale, t.source().label().key()),
            14)
        .column(
            text(locale, "planning.ui.task.priority"),
            t -> text(locale, t.priority().label().key()),
            8)
        .column(text(locale, "planning.ui.task.livelihood"), t -> t.livelihood() ? yes : "", 8)
        .column(text(locale, "planning.ui.task.overdue"), t -> t.overdue() ? yes : "", 8)
        .write(rows, out);
  }

  private String text(Locale locale, String key) {
    return messages.get(locale, key);
  }
}
