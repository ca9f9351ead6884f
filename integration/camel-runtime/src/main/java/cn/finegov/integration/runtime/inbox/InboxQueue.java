package cn.finegov.integration.runtime.inbox;

import jakarta.jms.JMSDestinationDefinition;
import java.util.Set;

/**
 * The inbox queue, defined by the application itself so that no domain configuration is needed.
 * Message properties: {@link #FLOW} names the handler, {@link #MESSAGE_ID} the sender's message id,
 * {@link #BATCH} marks a message carrying several.
 */
@JMSDestinationDefinition(
    name = InboxQueue.JNDI_NAME,
    interfaceName = "jakarta.jms.Queue",
    destinationName = "GovernanceInbox",
    description = "Inbox of the integration flows of the city governance suite")
public final class InboxQueue {

  public static final String JNDI_NAME = "java:app/jms/governance/Inbox";
  public static final String FLOW = "GovernanceFlow";
  public static final String MESSAGE_ID = "GovernanceMessageId";

  /** Set on a message carrying several (its value: how many); its text is an {@link InboxBatch}. */
  public static final String BATCH = "GovernanceBatch";

  static final Set<String> RESERVED = Set.of(FLOW, MESSAGE_ID, BATCH);

  private InboxQueue() {}
}
