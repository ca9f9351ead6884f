package cn.finegov.integration.hotline.message;

import cn.finegov.integration.hotline.ticket.Satisfaction;
import java.time.Instant;

/**
 * A return visit's result as the hotline pushes it (PROTOCOL.md).
 *
 * @param ticketNo the ticket
 * @param visitedAt when the caller was called back
 * @param result the caller's satisfaction
 * @param remark the hotline's note, or {@code null}
 */
public record ReturnVisitMessage(
    String ticketNo, Instant visitedAt, Satisfaction result, String remark) {

  public static ReturnVisitMessage parse(String json) {
    JsonFields f = JsonFields.parse(json);
    String ticketNo = f.required("gdbh");
    if (!TicketMessage.TICKET_NO.matcher(ticketNo).matches()) {
      throw new InvalidMessageException("hotline.message.invalid", "gdbh", ticketNo);
    }
    Instant at = f.time("hfsj", true).toInstant();
    String code = f.required("jg");
    Satisfaction result =
        Satisfaction.ofCode(code)
            .orElseThrow(() -> new InvalidMessageException("hotline.message.invalid", "jg", code));
    return new ReturnVisitMessage(ticketNo, at, result, f.limited("sm", 1000, false));
  }

  /** The key that makes a resend a duplicate: the ticket and the time of the visit. */
  public String key() {
    return ticketNo + "@" + visitedAt.toEpochMilli();
  }
}
