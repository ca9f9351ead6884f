package cn.finegov.integration.hotline.ticket;

import cn.finegov.integration.hotline.mapping.Disposition;
import cn.finegov.integration.hotline.message.TicketJson;
import cn.finegov.integration.hotline.message.TicketMessage;
import java.time.Duration;
import java.time.Instant;

/** Tickets in given states, as the handlers would have made them. */
public final class SampleTickets {

  /** 16 bytes ("0123456789abcdef"), base64: the key of the test environment. */
  public static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZg==";

  public static final PersonalDataCipher CIPHER = new PersonalDataCipher(KEY);

  /** When the samples were taken in. */
  public static final Instant TAKEN = Instant.parse("2026-11-23T01:20:00Z");

  public static final String UNIT = "330108001";
  public static final String UNIT_NAME = "临港街道城管科";

  private SampleTickets() {}

  /** Taken in, awaiting routing (category mapped to a case). */
  public static HotlineTicket received(String ticketNo) {
    return HotlineTicket.receive(
        TicketMessage.parse(TicketJson.valid(ticketNo)),
        HotlineTicket.Intake.PUSH,
        Disposition.CASE,
        "0101",
        CIPHER,
        TAKEN,
        TAKEN.plus(Duration.ofDays(1)));
  }

  /** A case was made for it. */
  public static HotlineTicket transferred(String ticketNo) {
    HotlineTicket ticket = received(ticketNo);
    ticket.transferredTo("C-" + ticketNo, UNIT, "0101");
    return ticket;
  }

  /** Signed for: its feedback is QS #1. */
  public static Feedback signedFor(String ticketNo, Instant at) {
    return transferred(ticketNo).signed(UNIT, UNIT_NAME, at).orElseThrow();
  }
}
