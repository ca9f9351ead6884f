package cn.finegov.grid.interfaces.web.gridcase;

import cn.finegov.grid.application.gridcase.CaseService;
import cn.finegov.grid.application.gridcase.CaseSummary;
import cn.finegov.grid.domain.model.gridcase.CaseFilter;
import cn.finegov.grid.domain.model.gridcase.CaseState;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.i18n.MessageSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The inbox's Excel download: the cases of the filter within the reader's reach (read through the
 * case service, so its permission and reach apply), at most {@value #MAX_ROWS}; the download itself
 * is audited (who took which filter, how many cases), as the kernel's exports are.
 */
@ApplicationScoped
public class CaseExport {

  /** Cases in one download at most. */
  public static final int MAX_ROWS = 10_000;

  private static final int PAGE = 500;

  @Inject CaseService cases;
  @Inject AuditLog audit;
  @Inject MessageSource messages;
  @Inject UnitChoices units;

  /** The rows of a download, read and audited in one transaction. */
  @Transactional
  public List<CaseSummary> rows(CaseFilter filter, boolean myTasks) {
    List<CaseSummary> rows = new ArrayList<>();
    while (rows.size() < MAX_ROWS) {
      List<CaseSummary> page =
          cases.search(filter, rows.size(), Math.min(PAGE, MAX_ROWS - rows.size()));
      rows.addAll(page);
      if (page.size() < PAGE) {
        break;
      }
    }
    Map<String, Object> asked = new LinkedHashMap<>();
    asked.put("view", myTasks ? "tasks" : "all");
    if (!filter.states().isEmpty()) {
      asked.put(
          "states",
          filter.states().stream().map(CaseState::name).sorted().collect(Collectors.joining(",")));
    }
    asked.put("category", filter.category());
    asked.put("grid", filter.gridPrefix());
    asked.put("unit", filter.unitCode());
    asked.put("overdue", filter.overdue() ? Boolean.TRUE : null);
    asked.put("supervised", filter.supervised() ? Boolean.TRUE : null);
    asked.put("number", filter.numberLike());
    asked.values().removeIf(v -> v == null || (v instanceof String s && s.isBlank()));
    audit.record("GridCase", "export", "EXPORT", asked, Map.of("entries", rows.size()));
    return rows;
  }

  /** Writes the rows as a workbook with titles in {@code locale}. */
  public void write(List<CaseSummary> rows, Locale locale, ZoneId zone, OutputStream out)
      throws IOException {
    Map<String, String> unitNames = new HashMap<>();
    ExcelTable.<CaseSummary>sheet(text(locale, "grid.ui.case.export.sheet"), zone)
        .column(text(locale, "grid.ui.case.number"), CaseSummary::number, 22)
        .column(text(locale, "grid.ui.case.category"), CaseSummary::category, 8)
        .column(text(locale, "grid.ui.case.category-name"), CaseSummary::categoryName, 22)
        .column(text(locale, "grid.ui.case.address"), CaseSummary::address, 30)
        .column(text(locale, "grid.ui.case.description"), CaseSummary::description, 40)
        .column(text(locale, "grid.ui.case.grid"), CaseSummary::gridCode, 17)
        .column(text(locale, "grid.ui.case.state"), c -> text(locale, c.state().label().key()), 12)
        .column(text(locale, "grid.ui.case.unit-code"), CaseSummary::responsibleUnit, 14)
        .column(
            text(locale, "grid.ui.case.unit"), c -> units.name(c.responsibleUnit(), unitNames), 26)
        .column(
            text(locale, "grid.ui.case.light"),
            c -> c.light() == null ? "" : text(locale, "grid.ui.case.light." + c.light().name()),
            8)
        .column(text(locale, "grid.ui.case.reported-at"), CaseSummary::reportedAt, 19)
        .column(text(locale, "grid.ui.case.stage-due"), CaseSummary::stageDueAt, 19)
        .column(text(locale, "grid.ui.case.closed-at"), CaseSummary::closedAt, 19)
        .column(
            text(locale, "grid.ui.case.supervised"),
            c -> c.supervised() ? text(locale, "grid.ui.case.yes") : "",
            8)
        .column(text(locale, "grid.ui.case.duplicate-of"), CaseSummary::duplicateOf, 22)
        .column(text(locale, "grid.ui.case.rework-count"), CaseSummary::reworkCount, 8)
        .column(text(locale, "grid.ui.case.return-count"), CaseSummary::returnCount, 8)
        .write(rows, out);
  }

  private String text(Locale locale, String key) {
    return messages.get(locale, key);
  }
}
