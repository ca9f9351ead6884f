package cn.finegov.planning.interfaces.web.oversight;

import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.interfaces.web.DisplaySettings;
import cn.finegov.kernel.interfaces.web.Faces;
import cn.finegov.kernel.interfaces.web.Messages;
import cn.finegov.planning.application.oversight.LateReport;
import cn.finegov.planning.application.oversight.LateRow;
import cn.finegov.planning.application.oversight.LateWorkbook;
import cn.finegov.planning.application.oversight.OversightService;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Who is late (谁超期) in a plan year, within the reader's scope: the units that publish a plan, by
 * level, with the statutory date, their plan's state and the days late, and the tasks they lead
 * past their deadline with the worst warning light; only the late ones or all; Excel export. The
 * list is computed whole (a few hundred units at most) and paged in the table.
 */
@Named("planningLate")
@ViewScoped
public class LateBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient OversightService oversight;
  @Inject private transient Faces faces;
  @Inject private transient DisplaySettings display;
  @Inject private transient MessageSource messages;

  private Integer year;
  private boolean all;
  private LateReport report;

  /** Loads the list (view action); the year comes from the view parameter or the running cycle. */
  public void load() {
    if (year == null) {
      year = faces.attempt(() -> oversight.currentCycleYear());
    }
    search();
  }

  public void search() {
    Integer asked = year;
    boolean every = all;
    LateReport found = faces.attempt(() -> oversight.late(asked, null, !every));
    if (found != null) {
      report = found;
      year = found.planYear();
    }
  }

  public StreamedContent getExport() {
    LateReport rows = report;
    Locale locale = Messages.locale();
    var zone = display.zone();
    MessageSource bundle = messages;
    return DefaultStreamedContent.builder()
        .name(rows == null ? "late.xlsx" : LateWorkbook.fileName(rows))
        .contentType(ExcelTable.CONTENT_TYPE)
        .writer(
            Faces.writer(
                out -> {
                  if (rows != null) {
                    LateWorkbook.write(rows, bundle, locale, zone, out);
                  }
                }))
        .build();
  }

  // --- what the view shows ------------------------------------------------------------------

  public List<LateRow> getRows() {
    return report == null ? List.of() : report.rows();
  }

  public List<PlanLevel> getLevels() {
    return List.of(PlanLevel.values());
  }

  public LocalDate dueDate(PlanLevel level) {
    return report == null ? null : report.dueDates().get(level.name());
  }

  public String planStateKey(LateRow row) {
    return LateWorkbook.planStateKey(row);
  }

  public LateReport getReport() {
    return report;
  }

  // --- properties ---------------------------------------------------------------------------

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public boolean isAll() {
    return all;
  }

  public void setAll(boolean all) {
    this.all = all;
  }
}
