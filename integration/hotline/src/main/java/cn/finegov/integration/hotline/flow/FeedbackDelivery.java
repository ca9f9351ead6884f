package cn.finegov.integration.hotline.flow;

import cn.finegov.integration.hotline.message.FeedbackJson;
import cn.finegov.integration.hotline.message.HotlineSignature;
import cn.finegov.integration.hotline.ticket.Feedback;
import cn.finegov.integration.hotline.ticket.TicketStore;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The steps of the feedback route: which items are due (the first pending one of each ticket whose
 * time has come), the signed request of one, and what its answer means. 200 — and 409 naming a
 * later expected number, which says the hotline had it already — mark it delivered; anything else
 * (503 while the hotline is down, connection refused) leaves it pending with a doubling wait.
 * Failures are logged rate-limited ({@link FeedbackFailureLog}), with the item's ticket and
 * sequence number and the answer's status and result code only.
 *
 * <p>A singleton session bean: the steps run on the route's Camel thread, which has no EE component
 * context. As a session bean each step runs in a container transaction with the application's
 * context (configuration, persistence); a CDI {@code @Transactional} bean there gets two server
 * warnings at every poll ("No ComponentInvocation present"), and the beans it creates first there
 * cannot read the configuration. One instance, so that the failure log counts every attempt; the
 * route calls one step at a time. Made at deployment ({@code @Startup}): a singleton first made
 * while the application stops (the route polls until Camel is down) breaks the container's
 * shutdown.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FeedbackDelivery {

  /** Exchange property: the feedback item's identifier. */
  public static final String ID = "HotlineFeedbackId";

  /** Exchange property: the item's sequence number. */
  public static final String SEQ = "HotlineFeedbackSeq";

  private static final Logger LOG = Logger.getLogger(FeedbackDelivery.class.getName());
  private static final Pattern EXPECTED = Pattern.compile("\"expected\"\\s*:\\s*(\\d+)");
  private static final Pattern RESULT = Pattern.compile("\"result\"\\s*:\\s*\"([A-Z_]{1,40})\"");

  @Inject private TicketStore tickets;
  @Inject private HotlineSettings settings;

  /** Failures reach the log rate-limited: the hotline being down fails every poll. */
  private final FeedbackFailureLog failures =
      new FeedbackFailureLog(LOG, Clock.systemUTC(), () -> settings.failureLogInterval());

  public List<Long> due() {
    return tickets.dueFeedback(Instant.now(), 200);
  }

  /** Body: the item's id → body: its JSON, with the signature headers. */
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
  public void answered(Exchange exchange) {
    Message in = exchange.getIn();
    long id = exchange.getProperty(ID, Long.class);
    int status = in.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
    String answer = in.getBody(String.class);
    Feedback item = tickets.feedback(id).orElseThrow();
    if (status == 200 || status == 409 && alreadyHad(answer, item.seq())) {
      item.delivered(Instant.now());
      failures.delivered();
      return;
    }
    String error = "HTTP " + status + (answer == null ? "" : " " + answer);
    item.failed(error, Instant.now(), settings.firstRetry(), settings.longestRetry());
    // The answer may quote what was sent (a reply's text): only its result code is logged.
    failures.failed(reference(exchange), "HTTP " + status + resultOf(answer), item.nextAttemptAt());
  }

  /** The hotline could not be reached. */
  public void unreachable(Exchange exchange) {
    long id = exchange.getProperty(ID, Long.class);
    Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    Feedback item = tickets.feedback(id).orElseThrow();
    String error =
        failure == null
            ? "unreachable"
            : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    item.failed(error, Instant.now(), settings.firstRetry(), settings.longestRetry());
    failures.failed(reference(exchange), cut(error, 200), item.nextAttemptAt());
  }

  /** {@code 12345-20261123-000017 #2}: which item, without its content. */
  private static String reference(Exchange exchange) {
    return exchange.getProperty(Intake.TICKET_NO, String.class)
        + " #"
        + exchange.getProperty(SEQ, Integer.class);
  }

  /** {@code " OUT_OF_ORDER"}: the result code of the hotline's answer, or nothing. */
  static String resultOf(String answer) {
    if (answer == null) {
      return "";
    }
    Matcher m = RESULT.matcher(answer);
    return m.find() ? " " + m.group(1) : "";
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }

  /** Whether a 409 answer names an expected number beyond this one. */
  static boolean alreadyHad(String answer, int seq) {
    if (answer == null) {
      return false;
    }
    Matcher m = EXPECTED.matcher(answer);
    return m.find() && Integer.parseInt(m.group(1)) > seq;
  }
}
