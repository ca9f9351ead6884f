package cn.finegov.integration.runtime.api;

import java.util.Map;
import java.util.Objects;

/**
 * A message that could not be processed, as it will be kept.
 *
 * @param flow the flow, e.g. {@code egov-orgsync}
 * @param routeId the route or component that failed
 * @param source where the message came from (file name, message id)
 * @param reference the part of the message that failed (e.g. {@code 第 7 行}), or {@code null}
 * @param reason why it failed, for people
 * @param failure the exception, or {@code null}
 * @param body the original message text
 * @param headers the original headers
 * @param replayTarget where a replay sends it: {@code inbox:<flow>} or a Camel endpoint such as
 *     {@code direct:x}
 * @param dedupKey identifies the same failure when it happens again (it then updates the existing
 *     dead letter), or {@code null}
 */
public record DeadLetterDraft(
    String flow,
    String routeId,
    String source,
    String reference,
    String reason,
    Throwable failure,
    String body,
    Map<String, String> headers,
    String replayTarget,
    String dedupKey) {

  public DeadLetterDraft {
    Objects.requireNonNull(flow, "flow");
    Objects.requireNonNull(reason, "reason");
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }
}
