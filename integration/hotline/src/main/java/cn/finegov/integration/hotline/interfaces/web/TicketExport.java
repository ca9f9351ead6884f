package cn.finegov.integration.hotline.interfaces.web;

import cn.finegov.integration.hotline.ticket.TicketQuery;
import cn.finegov.integration.hotline.ticket.TicketService;
import cn.finegov.integration.hotline.ticket.TicketState;
import cn.finegov.integration.hotline.ticket.TicketView;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.privacy.PersonalDataMask;
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
import java.util.stream.Collectors;

/**
 * The ticket list's Excel download: the tickets of the filter within the reader's scope (read
 * through the ticket service, so its permission and scope apply), caller data masked only, at most
 * {@value #MAX_ROWS}; the download itself is audited.
 */
@ApplicationScoped
public class TicketExport {

  /** Tickets in one download at most. */
  public static final int MAX_ROWS = 10_000;

  private static final int PAGE = 500;

  @Inject TicketService tickets;
  @Inject AuditLog audit;
  @Inject MessageSource messages;

  /** The rows of a download, read and audited in one transaction. */
  @Transactional
  public List<TicketView> rows(TicketQuery query) {
    List<TicketView> rows = new ArrayList<>();
    while (rows.size() < MAX_ROWS) {
      List<TicketView> page =
          tickets.search(query, rows.size(), Math.min(PAGE, MAX_ROWS - rows.size()));
      rows.addAll(page);
      if (page.size() < PAGE) {
        break;
      }
    }
    Map<String, Object> asked = new LinkedHashMap<>();
    if (!query.states().isEmpty()) {
      asked.put(
          "states",
          query.states().stream().map(TicketState::name).sorted().collect(Collectors.joining(",")));
    }
    if (query.ticketNo() != null) {
      asked.put("number", query.ticketNo());
    }
    if (query.requestType() != null) {
      asked.put("type", query.requestType().name());
    }
    if (query.phone() != null) {
      asked.put("phone", PersonalDataMask.phone(query.phone()));
    }
    audit.record(
        TicketService.AUDIT_TYPE, "export", "EXPORT", asked, Map.of("entries", rows.size()));
    return rows;
  }

  /** Writes the rows as a workbook with titles in {@code locale}. */
  public void write(List<TicketView> rows, Locale locale, ZoneId zone, OutputStream out)
      throws IOException {
    ExcelTable.<TicketView>sheet(text(locale, "hotline.ui.export.sheet"), zone)
        .column(text(locale, "hotline.ui.ticket-no"), TicketView::ticketNo, 24)
        .column(text(locale, "hotline.ui.received-at"), TicketView::receivedAt, 19)
        .column(
            text(locale, "hotline.ui.channel"),
            t -> text(locale, "hotline.ui.channel." + t.channel().name()),
            8)
        .column(
            text(locale, "hotline.ui.type"),
            t -> text(locale, "hotline.ui.type." + t.requestType().name()),
            8)
        .column(text(locale, "hotline.ui.category"), TicketView::hotlineCategory, 8)
        .column(text(locale, "hotline.ui.category-name"), TicketView::categoryName, 18)
        .column(
            text(locale, "hotline.ui.caller"),
            t -> t.anonymous() ? text(locale, "hotline.ui.anonymous") : t.callerNameMasked(),
            10)
        .column(text(locale, "hotline.ui.phone"), TicketView::phoneMasked, 14)
        .column(
            text(locale, "hotline.ui.confidential"),
            t -> t.keepConfidential() ? text(locale, "hotline.ui.yes") : "",
            8)
        .column(text(locale, "hotline.ui.address"), TicketView::address, 30)
        .column(
            text(locale, "hotline.ui.state"),
            t -> text(locale, "hotline.ui.state." + t.state().name()),
            10)
        .column(text(locale, "hotline.ui.case"), TicketView::caseNumber, 22)
        .column(text(locale, "hotline.ui.unit"), TicketView::handlingUnitName, 24)
        .column(text(locale, "hotline.ui.sign-due"), TicketView::signDueAt, 19)
        .column(
            text(locale, "hotline.ui.overdue"),
            t -> t.signOverdue() ? text(locale, "hotline.ui.yes") : "",
            8)
        .column(
            text(locale, "hotline.ui.delivery-problem"),
            t -> t.deliveryProblem() ? text(locale, "hotline.ui.yes") : "",
            8)
        .write(rows, out);
  }

  private String text(Locale locale, String key) {
    return messages.get(locale, key);
  }
}
