package cn.finegov.integration.runtime.camel;

import cn.finegov.integration.runtime.api.DeadLetterDraft;
import cn.finegov.integration.runtime.api.DeadLetters;
import cn.finegov.integration.runtime.api.TextDecoder;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.i18n.MessageSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * The end of every route's dead letter channel ({@code bean:governanceDeadLetters}): keeps the
 * original message (route configurations use {@code useOriginalMessage()}) with the failure reason,
 * the flow, the source and where a replay should send it. Headers that name these: {@link
 * DeadLetters#FLOW}, {@link DeadLetters#SOURCE}, {@link DeadLetters#REPLAY_TARGET}, {@link
 * #DEDUP_KEY}, {@link #REFERENCE}.
 */
@ApplicationScoped
public class DeadLetterChannel implements Processor {

  /** Name under which the channel is bound in Camel's registry. */
  public static final String BEAN_NAME = "governanceDeadLetters";

  /** The endpoint URI route configurations send dead letters to. */
  public static final String ENDPOINT = "bean:" + BEAN_NAME;

  /** Header with the dedup key of the failure. */
  public static final String DEDUP_KEY = "GovernanceDedupKey";

  /** Header naming the failing part of the message. */
  public static final String REFERENCE = "GovernanceReference";

  @Inject private DeadLetters deadLetters;
  @Inject private MessageSource messages;

  @Override
  public void process(Exchange exchange) {
    Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    Message in = exchange.getIn();
    String routeId = exchange.getProperty(Exchange.FAILURE_ROUTE_ID, String.class);
    String flow = in.getHeader(DeadLetters.FLOW, routeId == null ? "camel" : routeId, String.class);
    String source =
        in.getHeader(
            DeadLetters.SOURCE, in.getHeader(Exchange.FILE_NAME, String.class), String.class);
    byte[] raw = in.getBody(byte[].class);
    String body = raw == null ? in.getBody(String.class) : TextDecoder.decode(raw, "AUTO").text();
    Map<String, String> headers = new LinkedHashMap<>();
    in.getHeaders()
        .forEach(
            (name, value) -> {
              if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                headers.put(name, value.toString());
              }
            });
    deadLetters.record(
        new DeadLetterDraft(
            flow,
            routeId,
            source,
            in.getHeader(REFERENCE, String.class),
            reason(failure),
            failure,
            body,
            headers,
            in.getHeader(DeadLetters.REPLAY_TARGET, String.class),
            in.getHeader(DEDUP_KEY, String.class)));
  }

  /** A reason people can read: a refusal's text in Chinese, otherwise the exception's message. */
  String reason(Throwable failure) {
    if (failure == null) {
      return messages.get(MessageSource.CHINESE, "deadletter.reason.unknown");
    }
    String message = failure.getMessage();
    return DomainException.in(failure)
        .map(refusal -> messages.describe(MessageSource.CHINESE, refusal))
        .orElseGet(
            () -> failure.getClass().getSimpleName() + (message == null ? "" : ": " + message));
  }
}
