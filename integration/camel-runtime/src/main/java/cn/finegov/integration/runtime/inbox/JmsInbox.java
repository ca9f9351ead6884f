package cn.finegov.integration.runtime.inbox;

import cn.finegov.integration.runtime.api.Inbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import java.util.List;
import java.util.Map;

/**
 * Sends to the inbox queue through the server's default connection factory, as persistent messages.
 * Inside a JTA transaction the send is part of it (the message is visible on commit); outside, it
 * is durable on return. A batch is one message whose text is an {@link InboxBatch}.
 */
@ApplicationScoped
public class JmsInbox implements Inbox {

  @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
  private ConnectionFactory connectionFactory;

  @Resource(lookup = InboxQueue.JNDI_NAME)
  private Queue queue;

  @Inject private InboxCounts counts;

  @Override
  public void enqueue(String flow, String messageId, String body, Map<String, String> headers) {
    send(flow, messageId, body, headers, 0);
    counts.queued(flow, 1);
  }

  @Override
  public void enqueueAll(String flow, List<Item> items, Map<String, String> headers) {
    send(flow, items.get(0).messageId(), InboxBatch.encode(items), headers, items.size());
    counts.queued(flow, items.size());
  }

  @Override
  public long waiting(String flow) {
    return counts.waiting(flow);
  }

  private void send(
      String flow, String messageId, String body, Map<String, String> headers, int batch) {
    try (JMSContext jms = connectionFactory.createContext()) {
      JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
      headers.forEach(
          (name, value) -> {
            if (isPropertyName(name) && value != null && !InboxQueue.RESERVED.contains(name)) {
              producer.setProperty(name, value);
            }
          });
      producer.setProperty(InboxQueue.FLOW, flow);
      if (messageId != null) {
        producer.setProperty(InboxQueue.MESSAGE_ID, messageId);
      }
      if (batch > 0) {
        producer.setProperty(InboxQueue.BATCH, batch);
      }
      producer.send(queue, body);
    } catch (JMSRuntimeException e) {
      throw new IllegalStateException(
          "The inbox queue does not accept the message of flow " + flow, e);
    }
  }

  /** JMS property names are Java identifiers and must not start with JMS. */
  static boolean isPropertyName(String name) {
    if (name == null
        || name.isEmpty()
        || name.startsWith("JMS")
        || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    return name.chars().skip(1).allMatch(Character::isJavaIdentifierPart);
  }
}
