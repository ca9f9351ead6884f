package cn.finegov.planning.application.oversight;

import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.i18n.MessageSource;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Locale;

/** The "who is late" list as an Excel workbook, in the reader's language. */
public final class LateWorkbook {

  private LateWorkbook() {}

  public static String fileName(LateReport report) {
    return "late-" + report.planYear() + ".xlsx";
  }

  public static void write(
      LateReport report, MessageSource messages, Locale locale, ZoneId zone, OutputStream out)
      throws IOException {
    ExcelTable.<LateRow>sheet(String.valueOf(report.planYear()), zone)
        .column(messages.get(locale, "planning.oversight.col.unit-code"), LateRow::unitCode, 14)
        .column(messages.get(locale, "planning.oversight.col.unit"), LateRow::unitName, 28)
        .column(
            messages.get(locale, "planning.oversight.col.level"),
            r -> messages.get(locale, r.level().label().key()),
            10)
        .column(messages.get(locale, "planning.oversight.col.due"), LateRow::dueDate, 12)
        .column(
            messages.get(locale, "planning.oversight.col.plan-state"),
            r -> messages.get(locale, planStateKey(r)),
            12)
        .column(messages.get(locale, "planning.oversight.col.days-late"), LateRow::daysLate, 10)
        .column(messages.get(locale, "planning.oversight.col.running"), LateRow::runningTasks, 10)
        .column(messages.get(locale, "planning.oversight.col.overdue"), LateRow::overdueTasks, 10)
        .column(
            messages.get(locale, "planning.oversight.col.light"),
            r ->
                r.worstLight() == null
                    ? null
                    : messages.get(locale, "planning.oversight.light." + r.worstLight().name()),
            8)
        .write(report.rows(), out);
  }

  /** The bundle key of a row's plan state ({@code NONE} when it has no plan). */
  public static String planStateKey(LateRow row) {
    return row.planState() == null ? "planning.oversight.plan.NONE" : row.planState().label().key();
  }
}
