package cn.finegov.integration.hotline.flow;

import cn.finegov.grid.api.CaseChanged;
import cn.finegov.integration.hotline.ticket.HotlineTicket;
import cn.finegov.integration.hotline.ticket.TicketService;
import cn.finegov.integration.hotline.ticket.TicketStore;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Turns the steps of a case that came from tickets into the feedback the hotline expects, in the
 * transaction of the step: signed for (the first signing), extension requested, reply at completion
 * (closed, or ledgered with the explanation), sent back (the centre refused the case). A merge
 * moves the ticket to the case it was merged into.
 */
@ApplicationScoped
public class CaseFeedback {

  @Inject private TicketStore tickets;
  @Inject private OrganisationDirectory directory;
  @Inject private MessageSource messages;
  @Inject private AuditLog audit;

  void on(@Observes CaseChanged change) {
    if (CaseChanged.REPORTED.equals(change.action())) {
      return;
    }
    List<HotlineTicket> linked = tickets.linkedTo(change.caseNumber());
    for (HotlineTicket ticket : linked) {
      Map<String, Object> before = ticket.auditValues();
      apply(ticket, change);
      Map<String, Object> after = ticket.auditValues();
      if (!before.equals(after)) {
        audit.record(
            TicketService.AUDIT_TYPE, ticket.ticketNo(), "CASE_" + change.action(), before, after);
      }
    }
  }

  private void apply(HotlineTicket ticket, CaseChanged change) {
    String unitName = unitName(change.responsibleUnitCode());
    switch (change.action()) {
      case "DISPATCH", "ARBITRATE" -> ticket.handledBy(change.responsibleUnitCode());
      case "SIGN" -> ticket.signed(change.responsibleUnitCode(), unitName, change.at());
      case "START", "APPROVE_POSTPONEMENT", "REFUSE_POSTPONEMENT" -> ticket.handling();
      case "REQUEST_POSTPONEMENT" ->
          ticket.extensionRequested(
              change.days() == null ? 0 : change.days(), change.reason(), unitName, change.at());
      case "CLOSE", "CLOSE_ON_SPOT" -> {
        if (ticket.state().open()) {
          ticket.replied(
              messages.get(
                  MessageSource.CHINESE,
                  "hotline.reply.closed",
                  unitName == null ? "" : unitName,
                  change.caseNumber()),
              unitName,
              change.at());
        }
      }
      case "LEDGER" -> {
        if (ticket.state().open()) {
          ticket.replied(
              messages.get(
                  MessageSource.CHINESE,
                  "hotline.reply.ledgered",
                  change.reason() == null ? "" : change.reason(),
                  change.caseNumber()),
              unitName,
              change.at());
        }
      }
      case "REJECT" -> {
        if (ticket.state().open()) {
          ticket.sentBack(
              messages.get(
                  MessageSource.CHINESE,
                  "hotline.reply.rejected",
                  change.reason() == null ? "" : change.reason()),
              unitName,
              change.at());
        }
      }
      case "MERGE" -> {
        if (change.mergedInto() != null) {
          ticket.followCase(change.mergedInto());
        }
      }
      default -> {
        // FILE, RETURN, REPORT_BACK, START_VERIFICATION, SEND_BACK, REOPEN: internal steps.
      }
    }
  }

  private String unitName(String code) {
    return code == null ? null : directory.findByCode(code).map(UnitSummary::name).orElse(code);
  }
}
