package cn.finegov.planning.interfaces.web.participation;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.planning.application.participation.ProposalView;
import cn.finegov.planning.application.participation.SolicitationService;
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
 * A round's proposals as an Excel download: those of the state filter within the reader's reach
 * (read through the solicitation service, so its permission and reach apply), contacts masked only,
 * with the answer and the task that answers each; at most {@value #MAX_ROWS}; audited (round,
 * filter, how many).
 */
@ApplicationScoped
public class ProposalExport {

  /** Proposals in one download at most. */
  public static final int MAX_ROWS = 10_000;

  @Inject SolicitationService solicitations;
  @Inject AuditLog audit;
  @Inject MessageSource messages;

  /** The rows of a download, read and audited in one transaction. */
  @Transactional
  public List<ProposalView> rows(long roundId, String state) {
    List<ProposalView> rows =
        Tables.upTo(
            MAX_ROWS, (first, max) -> solicitations.proposals(roundId, state, first, max).items());
    Map<String, Object> asked = new LinkedHashMap<>();
    asked.put("round", roundId);
    if (state != null) {
      asked.put("state", state);
    }
    audit.record("Proposal", "export", "EXPORT", asked, Map.of("entries", rows.size()));
    return rows;
  }

  /** Writes the rows as a workbook with titles in {@code locale}. */
  public void write(List<ProposalView> rows, Locale locale, ZoneId zone, OutputStream out)
      throws IOException {
    ExcelTable.<ProposalView>sheet(text(locale, "planning.ui.participation.proposals"), zone)
        .column("#", ProposalView::id, 8)
        .column(text(locale, "planning.ui.participation.proposal-title"), ProposalView::title, 36)
        .column(
            text(locale, "planning.ui.participation.channel"),
            p -> text(locale, "planning.source." + p.channel()),
            12)
        .column(text(locale, "planning.ui.participation.source"), ProposalView::source, 20)
        .column(text(locale, "planning.ui.participation.contact"), ProposalView::contactMasked, 24)
        .column(text(locale, "planning.ui.participation.received-on"), ProposalView::receivedOn, 12)
        .column(text(locale, "planning.ui.participation.assigned-unit"), ProposalView::unitName, 26)
        .column(
            text(locale, "planning.ui.participation.state"),
            p -> text(locale, "planning.proposal.state." + p.state()),
            10)
        .column(text(locale, "planning.ui.participation.answer-text"), ProposalView::answer, 40)
        .column(
            text(locale, "planning.ui.participation.result"), ProposalView::resultTaskNumber, 14)
        .write(rows, out);
  }

  private String text(Locale locale, String key) {
    return messages.get(locale, key);
  }
}
