package cn.finegov.integration.runtime.inbox;

import cn.finegov.integration.runtime.api.Inbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import java.util.Map;

/**
 * Sends to the inbox queue through the server's default connection factory, as persistent messages.
 * Inside a JTA transaction the send is part of it (the message is visible on commit); outside, it
 * is durable on return.
 */
@ApplicationScoped
public class JmsInbox implements Inbox {

  @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
  private ConnectionFactory connectionFactory;

  @Resource(lookup = InboxQueue.JNDI_NAME)
  private Queue queue;

  @Override
  public void enqueue(String flow, String messageId, String body, Map<String, String> headers) {
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
