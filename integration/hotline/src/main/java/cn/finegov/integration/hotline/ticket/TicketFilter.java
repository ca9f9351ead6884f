package cn.finegov.integration.hotline.ticket;

import java.util.Set;

/**
 * What a ticket list shows; {@code null} parts do not filter.
 *
 * @param states the tickets' states ({@code null} or empty: any)
 * @param ticketNo part of the ticket number
 * @param requestType the request type
 * @param phoneHash the keyed hash of a caller's phone (look-up by number)
 * @param caseNumber the linked case
 * @param units handling units in the reader's scope ({@code null}: all tickets, handled or not)
 * @param unhandled with {@code units}: whether tickets not handled by any unit yet are shown too
 *     (to readers whose scope includes the top of the tree)
 */
public record TicketFilter(
    Set<TicketState> states,
    String ticketNo,
    RequestType requestType,
    String phoneHash,
    String caseNumber,
    Set<String> units,
    boolean unhandled) {

  /** One state (or any), and tickets not handled by any unit yet shown with {@code units}. */
  public TicketFilter(
      TicketState state,
      String ticketNo,
      RequestType requestType,
      String phoneHash,
      String caseNumber,
      Set<String> units) {
    this(
        state == null ? null : Set.of(state),
        ticketNo,
        requestType,
        phoneHash,
        caseNumber,
        units,
        true);
  }

  public static TicketFilter all() {
    return new TicketFilter((Set<TicketState>) null, null, null, null, null, null, true);
  }
}
