package cn.finegov.integration.runtime.api;

import java.util.Map;
import java.util.Objects;

/**
 * A message taken from the inbox queue.
 *
 * @param flow the flow it belongs to, naming the {@link InboxHandler}
 * @param messageId the sender's identifier of the message (for idempotence)
 * @param body the message text
 * @param headers string properties sent with it
 * @param attempt how many times it has been delivered, 1 the first time
 */
public record InboxMessage(
    String flow, String messageId, String body, Map<String, String> headers, int attempt) {

  public InboxMessage {
    Objects.requireNonNull(flow, "flow");
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  public String header(String name) {
    return headers.get(name);
  }
}
