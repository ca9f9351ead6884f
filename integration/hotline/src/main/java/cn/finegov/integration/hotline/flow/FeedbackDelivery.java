package cn.finegov.integration.hotline.flow;

import cn.finegov.integration.hotline.message.FeedbackJson;
import cn.finegov.integration.hotline.message.HotlineSignature;
import cn.finegov.integration.hotline.ticket.Feedback;
import cn.finegov.integration.hotline.ticket.TicketStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The steps of the feedback route: which items are due (the first pending one of each ticket whose
 * time has come), the signed request of one, and what its answer means. 200 — and 409 naming a
 * later expected number, which says the hotline had it already — mark it delivered; anything else
 * (503 while the hotline is down, connection refused) leaves it pending with a doubling wait.
 */
@ApplicationScoped
public class FeedbackDelivery {

  /** Exchange property: the feedback item's identifier. */
  public static final String ID = "HotlineFeedbackId";

  /** Exchange property: the item's sequence number. */
  public static final String SEQ = "HotlineFeedbackSeq";

  private static final Logger LOG = Logger.getLogger(FeedbackDelivery.class.getName());

  @Inject private TicketStore tickets;
  @Inject private HotlineSettings settings;

  @Transactional
  public List<Long> due() {
    return tickets.dueFeedback(Instant.now(), 200);
  }

  /** Body: the item's id → body: its JSON, with the signature headers. */
  @Transactional
  public void prepare(Exchange exchange) {
    Message in = exchange.getIn();
    long id = in.getBody(Long.class);
    Feedback item = tickets.feedback(id).orElseThrow();
    String json = FeedbackJson.of(item, settings.zone());
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String timestamp = Long.toString(System.currentTimeMillis());
    in.removeHeaders("*");
    exchange.setProperty(ID, id);
    exchange.setProperty(SEQ, item.seq());
    exchange.setProperty(Intake.TICKET_NO, item.ticket().ticketNo());
    in.setHeader(Exchange.HTTP_METHOD, "POST");
    in.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
    in.setHeader(HotlineSignature.TIMESTAMP_HEADER, timestamp);
    in.setHeader(HotlineSignature.SIGNATURE_HEADER, settings.signature().sign(timestamp, body));
    in.setBody(body);
  }

  /** The hotline answered. */
  @Transactional
  public void answered(Exchange exchange) {
    Message in = exchange.getIn();
    long id = exchange.getProperty(ID, Long.class);
    int status = in.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
    String answer = in.getBody(String.class);
    Feedback item = tickets.feedback(id).orElseThrow();
    if (status == 200 || status == 409 && alreadyHad(answer, item.seq())) {
      item.delivered(Instant.now());
      return;
    }
    String error = "HTTP " + status + (answer == null ? "" : " " + answer);
    item.failed(error, Instant.now(), settings.firstRetry(), settings.longestRetry());
    LOG.warning(
        () ->
            "Hotline feedback "
                + item.ticket().ticketNo()
                + " #"
                + item.seq()
                + " not taken: "
                + error
                + "; next attempt "
                + item.nextAttemptAt());
  }

  /** The hotline could not be reached. */
  @Transactional
  public void unreachable(Exchange exchange) {
    long id = exchange.getProperty(ID, Long.class);
    Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    Feedback item = tickets.feedback(id).orElseThrow();
    item.failed(
        failure == null
            ? "unreachable"
            : failure.getClass().getSimpleName() + ": " + failure.getMessage(),
        Instant.now(),
        settings.firstRetry(),
        settings.longestRetry());
  }

  /** Whether a 409 answer names an expected number beyond this one. */
  static boolean alreadyHad(String answer, int seq) {
    if (answer == null) {
      return false;
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"expected\"\\s*:\\s*(\\d+)").matcher(answer);
    return m.find() && Integer.parseInt(m.group(1)) > seq;
  }
}
