package cn.finegov.integration.hotline.flow;

import cn.finegov.grid.api.CaseRef;
import cn.finegov.grid.api.GridCaseIntake;
import cn.finegov.integration.hotline.HotlineModule;
import cn.finegov.integration.hotline.message.InvalidMessageException;
import cn.finegov.integration.hotline.message.ReturnVisitMessage;
import cn.finegov.integration.hotline.ticket.HotlineTicket;
import cn.finegov.integration.hotline.ticket.Satisfaction;
import cn.finegov.integration.hotline.ticket.TicketService;
import cn.finegov.integration.hotline.ticket.TicketStore;
import cn.finegov.integration.runtime.api.InboxHandler;
import cn.finegov.integration.runtime.api.InboxMessage;
import cn.finegov.integration.runtime.api.RejectedMessageException;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.i18n.MessageSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Records a return visit against the unit that handled the ticket. A dissatisfied caller reopens
 * the ticket and its case (when the case is closed or ledgered), in the same transaction.
 */
@ApplicationScoped
public class ReturnVisitHandler implements InboxHandler {

  /** Case states from which a dissatisfied visit reopens the case. */
  private static final Set<String> REOPENABLE = Set.of("CLOSED", "LEDGERED");

  @Inject private TicketStore tickets;
  @Inject private GridCaseIntake grid;
  @Inject private AuditLog audit;
  @Inject private MessageSource messages;

  @Override
  public String flow() {
    return HotlineRoutes.VISIT_FLOW;
  }

  @Override
  public String moduleKey() {
    return HotlineModule.KEY;
  }

  @Override
  public Set<String> permissions() {
    return new HashSet<>(GridCaseIntake.PERMISSIONS);
  }

  @Override
  public void handle(InboxMessage message) {
    ReturnVisitMessage visit;
    try {
      visit = ReturnVisitMessage.parse(message.body());
    } catch (InvalidMessageException e) {
      throw new RejectedMessageException(messages.describe(MessageSource.CHINESE, e), e);
    }
    HotlineTicket ticket =
        tickets
            .find(visit.ticketNo())
            .orElseThrow(
                () ->
                    new RejectedMessageException(
                        messages.get(
                            MessageSource.CHINESE,
                            "hotline.visit.unknown-ticket",
                            visit.ticketNo())));
    if (ticket.returnVisits().stream().anyMatch(v -> v.visitedAt().equals(visit.visitedAt()))) {
      return;
    }
    boolean reopen = false;
    if (visit.result() == Satisfaction.DISSATISFIED && ticket.caseNumber() != null) {
      CaseRef current = grid.find(ticket.caseNumber()).orElse(null);
      if (current != null && REOPENABLE.contains(current.state())) {
        grid.reopen(
            ticket.caseNumber(),
            messages.get(
                MessageSource.CHINESE,
                "hotline.visit.reopen-reason",
                ticket.ticketNo(),
                visit.remark() == null ? "" : visit.remark()));
        reopen = true;
      }
    }
    Map<String, Object> before = ticket.auditValues();
    ticket.visited(visit.result(), visit.remark(), visit.visitedAt(), reopen, Instant.now());
    Map<String, Object> after = new LinkedHashMap<>(ticket.auditValues());
    after.put("satisfaction", visit.result().name());
    audit.record(TicketService.AUDIT_TYPE, ticket.ticketNo(), "RETURN_VISIT", before, after);
  }
}
