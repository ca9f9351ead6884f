package cn.finegov.integration.hotline.ticket;

import cn.finegov.grid.api.CaseRef;
import cn.finegov.grid.api.ExternalReport;
import cn.finegov.grid.api.GridCaseIntake;
import cn.finegov.integration.hotline.HotlineModule;
import cn.finegov.kernel.api.lineage.EntityRef;
import cn.finegov.kernel.api.lineage.Lineage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Makes the grid case of a ticket, automatically or by a member of staff: reports it to the grid,
 * ties the ticket to the case and records the lineage link ticket → case, all in the caller's
 * transaction (a resend finds the same case through the grid's client id).
 */
@ApplicationScoped
public class TicketCases {

  /** The lineage relation from a ticket to the case made of it. */
  public static final String RELATION = "CASE_FROM_TICKET";

  /** The system named in the grid's case (its client id is the ticket number). */
  static final String SYSTEM = "HOTLINE";

  /** The ticket's kind of record in lineage links. */
  public static final String LINEAGE_TYPE = "Ticket";

  @Inject GridCaseIntake grid;
  @Inject Lineage lineage;

  /**
   * Reports the ticket as a grid case at the point or the unit grid given.
   *
   * @return the case made (or made before for this ticket)
   */
  public CaseRef open(
      HotlineTicket ticket, String gridCategory, Double latitude, Double longitude, String grid) {
    CaseRef ref =
        this.grid.report(
            new ExternalReport(
                SYSTEM,
                ticket.ticketNo(),
                gridCategory,
                latitude,
                longitude,
                grid,
                ticket.address(),
                caseText(ticket)));
    ticket.transferredTo(ref.number(), ref.responsibleUnitCode(), gridCategory);
    EntityRef from = new EntityRef(HotlineModule.KEY, LINEAGE_TYPE, ticket.ticketNo());
    EntityRef to = new EntityRef("grid", "Case", ref.number());
    if (ref.created()) {
      lineage.linkNew(from, to, RELATION);
    } else {
      lineage.link(from, to, RELATION);
    }
    return ref;
  }

  /** The case's text: the request without the caller (name and phone stay in the ticket). */
  static String caseText(HotlineTicket ticket) {
    String text = "【12345 " + ticket.ticketNo() + "】" + ticket.content();
    return text.length() > TicketService.TEXT_MAX
        ? text.substring(0, TicketService.TEXT_MAX)
        : text;
  }
}
