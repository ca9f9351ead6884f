package cn.finegov.integration.runtime.api;

import java.util.List;
import java.util.Set;

/**
 * Does the work of one inbox flow. Called inside a transaction of its own; when it returns, its
 * work is committed and only then is the message removed from the queue. A message may be delivered
 * more than once (after a crash between the commit and the acknowledgement), so handlers must be
 * idempotent.
 *
 * <p>Throw {@link RejectedMessageException} for a message that can never succeed (it goes to the
 * dead letters at once); any other exception rolls the work back and the message is delivered
 * again, up to {@code governance.inbox.max-attempts} times, then it goes to the dead letters with
 * the last reason.
 */
public interface InboxHandler {

  /** The flow this handler serves, e.g. {@code egov-orgsync}. */
  String flow();

  /**
   * The module the flow belongs to. While it is switched off, its messages go to the dead letters
   * (reason: module switched off) and can be replayed once it is on again.
   */
  String moduleKey();

  /**
   * What the flow may do: the handler runs as the system flow {@code system:<flow>} with exactly
   * these permissions, in the whole organisation tree.
   */
  default Set<String> permissions() {
    return Set.of();
  }

  void handle(InboxMessage message);

  /**
   * Does the work of the messages of one batch ({@link Inbox#enqueueAll}), all in one transaction:
   * whatever one of them throws rolls them all back, and they are then queued again one by one for
   * {@link #handle}. The default handles them in turn; a handler may do better in bulk, with the
   * same outcome as handling them one by one.
   */
  default void handleAll(List<InboxMessage> messages) {
    messages.forEach(this::handle);
  }
}
