package cn.finegov.integration.runtime.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

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

  /**
   * Sends several messages of one flow as one broker message, durable when this returns. The flow's
   * handler takes them in one transaction ({@link InboxHandler#handleAll}); should that fail, they
   * are queued again one by one and each takes the single path, with its retries and its dead
   * letter. Each message gets the headers given and {@link DeadLetters#SOURCE} set to its id.
   *
   * @param flow the flow whose handler will process them
   * @param items the messages, at least one, each with its sender's id
   * @param headers string properties shared by all of them
   */
  void enqueueAll(String flow, List<Item> items, Map<String, String> headers);

  /**
   * How many messages of the flow this server has queued and its handler has not yet taken: an
   * intake may refuse new messages while too many wait. Messages left in the queue by an earlier
   * run of the server are not counted.
   */
  long waiting(String flow);

  /** One message of {@link #enqueueAll}: the sender's id and the text. */
  record Item(String messageId, String body) {
    public Item {
      Objects.requireNonNull(messageId, "messageId");
      Objects.requireNonNull(body, "body");
    }
  }
}
