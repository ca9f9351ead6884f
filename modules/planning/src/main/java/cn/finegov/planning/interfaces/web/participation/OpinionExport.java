package cn.finegov.planning.interfaces.web.participation;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.planning.application.participation.OpinionService;
import cn.finegov.planning.application.participation.OpinionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The opinion list's Excel download: the opinions of the filter within the reader's reach (read
 * through the opinion service, so its permission and reach apply), contacts masked only, at most
 * {@value #MAX_ROWS}; the download is audited (which filter, how many opinions).
 */
@ApplicationScoped
public class OpinionExport {

  /** Opinions in one download at most. */
  public static final int MAX_ROWS = 10_000;

  @Inject OpinionService opinions;
  @Inject AuditLog audit;
  @Inject MessageSource messages;

  /** The rows of a download, read and audited in one transaction. */
  @Transactional
  public List<OpinionView> rows(String state, boolean overdue, String text) {
    List<OpinionView> rows =
        Tables.upTo(
            MAX_ROWS,
            (first, max) -> opinions.search(state, overdue, null, text, first, max).items());
    Map<String, Object> asked = new LinkedHashMap<>();
    asked.put("state", state);
    asked.put("overdue", overdue ? Boolean.TRUE : null);
    asked.put("text", text);
    asked.values().removeIf(v -> v == null || (v instanceof String s && s.isBlank()));
    audit.record("PublicOpinion", "export", "EXPORT", asked, Map.of("entries", rows.size()));
    return rows;
  }

  /** Writes the rows as a workbook with titles in {@code locale}. */
  public void write(List<OpinionView> rows, Locale locale, ZoneId zone, OutputStream out)
      throws IOException {
    String yes = text(locale, "planning.ui.opinion.overdue");
    ExcelTable.<OpinionView>sheet(text(locale, "menu.planning.opinions"), zone)
        .column("#", OpinionView::id, 8)
        .column(text(locale, "planning.ui.opinion.subject"), OpinionView::subject, 36)
        .column(
            text(locale, "planning.ui.participation.channel"),
            o -> text(locale, "planning.opinion.channel." + o.channel()),
            10)
        .column(text(locale, "planning.ui.participation.contact"), OpinionView::contactMasked, 24)
        .column(text(locale, "planning.ui.participation.assigned-unit"), OpinionView::unitName, 26)
        .column(text(locale, "planning.ui.participation.received-on"), OpinionView::receivedOn, 12)
        .column(text(locale, "planning.ui.opinion.due"), OpinionView::dueDate, 12)
        .column(
            text(locale, "planning.ui.participation.state"),
            o -> text(locale, "planning.opinion.state." + o.state()),
            10)
        .column(text(locale, "planning.ui.opinion.overdue"), o -> o.overdue() ? yes : "", 8)
        .column(text(locale, "planning.ui.participation.answer-text"), OpinionView::answer, 40)
        .write(rows, out);
  }

  private String text(Locale locale, String key) {
    return messages.get(locale, key);
  }
}
