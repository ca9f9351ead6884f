package cn.finegov.integration.hotline.ticket;

import java.util.Set;

/**
 * What a reader asks of the ticket list; {@code null} or blank parts do not filter. The reader's
 * scope is added by {@link TicketService}.
 *
 * @param states the tickets' states (empty or {@code null}: any)
 * @param ticketNo part of the ticket number
 * @param requestType the request type
 * @param phone a caller's whole phone number (only for readers allowed to see numbers; every
 *     look-up is audited, the number itself never)
 */
public record TicketQuery(
    Set<TicketState> states, String ticketNo, RequestType requestType, String phone) {

  public TicketQuery {
    states = states == null ? Set.of() : Set.copyOf(states);
    ticketNo = ticketNo == null || ticketNo.isBlank() ? null : ticketNo.strip();
    phone = phone == null || phone.isBlank() ? null : phone.strip();
  }

  /** Every ticket within reach. */
  public static TicketQuery any() {
    return new TicketQuery(Set.of(), null, null, null);
  }
}
