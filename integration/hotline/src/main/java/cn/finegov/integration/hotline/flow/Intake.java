package cn.finegov.integration.hotline.flow;

import cn.finegov.integration.hotline.message.InvalidMessageException;
import cn.finegov.integration.hotline.message.ReturnVisitMessage;
import cn.finegov.integration.hotline.message.TicketMessage;
import cn.finegov.integration.runtime.api.DeadLetters;
import cn.finegov.integration.runtime.api.Inbox;
import cn.finegov.integration.runtime.camel.DeadLetterChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The steps of the intake routes that touch the suite: validate a message (an invalid one throws,
 * and the route's error handling keeps it as a dead letter with the reason) and queue it once.
 */
@ApplicationScoped
public class Intake {

  /** Header: how the message came (PUSH, TABLE, REPLAY). */
  public static final String CHANNEL = "HotlineChannel";

  /** Header set on the exchange: the {@link IntakeResult}. */
  public static final String RESULT = "HotlineIntakeResult";

  /**
   * Header set by {@link #batch}: what became of each ticket, in order, {@code null} if invalid.
   */
  public static final String RESULTS = "HotlineIntakeResults";

  /** Header set on the exchange: the ticket number, when the message has a readable one. */
  public static final String TICKET_NO = "HotlineTicketNo";

  @Inject private Receipts receipts;

  /** A ticket. */
  public void ticket(Exchange exchange) {
    Message in = exchange.getIn();
    String body = in.getBody(String.class);
    if (body == null) {
      body = "";
    }
    String readable = TicketMessage.ticketNoOf(body);
    in.setHeader(TICKET_NO, readable);
    in.setHeader(DeadLetters.SOURCE, readable == null ? "?" : readable);
    in.setHeader(
        DeadLetterChannel.DEDUP_KEY,
        readable == null
            ? contentKey(HotlineRoutes.TICKET_FLOW, body)
            : HotlineRoutes.TICKET_FLOW + ":" + readable);
    TicketMessage ticket = TicketMessage.parse(body);
    in.setHeader(
        RESULT,
        receipts.queueOnce(
            HotlineRoutes.TICKET_FLOW, ticket.ticketNo(), body, Map.of(CHANNEL, channel(in))));
  }

  /**
   * Tickets pushed in one batch (the body: the text of each): the valid ones are queued as one
   * inbox batch; the header {@link #RESULTS} gets a {@link Taken} for each ticket in order, {@code
   * null} for an invalid one, which the caller sends through {@code hotline-ticket-intake} on its
   * own so that it is answered and kept as a dead letter like any other.
   */
  public void batch(Exchange exchange) {
    Message in = exchange.getIn();
    List<?> texts = in.getBody(List.class);
    List<Inbox.Item> valid = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = String.valueOf(texts.get(i));
      try {
        valid.add(new Inbox.Item(TicketMessage.parse(text).ticketNo(), text));
        positions.add(i);
      } catch (InvalidMessageException invalid) {
        // answered and kept as a dead letter by the single route
      }
    }
    List<Taken> results = new ArrayList<>(Collections.nCopies(texts.size(), null));
    if (!valid.isEmpty()) {
      List<IntakeResult> taken =
          receipts.queueAllOnce(HotlineRoutes.TICKET_FLOW, valid, Map.of(CHANNEL, channel(in)));
      for (int i = 0; i < positions.size(); i++) {
        results.set(positions.get(i), new Taken(valid.get(i).messageId(), taken.get(i)));
      }
    }
    in.setHeader(RESULTS, results);
  }

  /** A valid ticket of a batch: its number and whether it was accepted or a duplicate. */
  public record Taken(String ticketNo, IntakeResult result) {}

  /** A return visit. */
  public void returnVisit(Exchange exchange) {
    Message in = exchange.getIn();
    String body = in.getBody(String.class);
    String readable = TicketMessage.ticketNoOf(body);
    in.setHeader(TICKET_NO, readable);
    in.setHeader(DeadLetters.SOURCE, readable == null ? "?" : readable);
    // A malformed visit has no key of its own: its dead letter is keyed on its content.
    in.setHeader(DeadLetterChannel.DEDUP_KEY, contentKey(HotlineRoutes.VISIT_FLOW, body));
    ReturnVisitMessage visit = ReturnVisitMessage.parse(body);
    in.setHeader(TICKET_NO, visit.ticketNo());
    in.setHeader(DeadLetterChannel.DEDUP_KEY, HotlineRoutes.VISIT_FLOW + ":" + visit.key());
    in.setHeader(
        RESULT,
        receipts.queueOnce(
            HotlineRoutes.VISIT_FLOW, visit.key(), body, Map.of(CHANNEL, channel(in))));
  }

  /**
   * The dead-letter key of a message without a readable key of its own: {@code
   * <flow>:sha256-<hex>}, the SHA-256 digest of its UTF-8 bytes. A failing message sent again
   * updates its dead letter; two different messages never share one (a 32-bit hash would let one
   * overwrite the other). The key cannot equal a ticket number's ({@code <flow>:<gdbh>}, at most 40
   * characters after the colon).
   */
  static String contentKey(String flow, String body) {
    byte[] raw = (body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
    try {
      return flow
          + ":sha256-"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  private static String channel(Message in) {
    return in.getHeader(CHANNEL, "REPLAY", String.class);
  }
}
