package cn.finegov.integration.runtime.api;

import java.util.Map;

/**
 * Puts messages into the inbox queue, to be handled at least once by the flow's {@link
 * InboxHandler}.
 */
public interface Inbox {

  /**
   * Sends a message. When this returns, the message is durable in the broker.
   *
   * @param flow the flow whose handler will process it
   * @param messageId the sender's identifier of the message
   * @param body the text
   * @param headers string properties to keep with it
   */
  void enqueue(String flow, String messageId, String body, Map<String, String> headers);
}
