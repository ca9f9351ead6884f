package cn.finegov.integration.runtime.inbox;

import cn.finegov.integration.runtime.api.DeadLetterDraft;
import cn.finegov.integration.runtime.api.DeadLetters;
import cn.finegov.integration.runtime.api.InboxMessage;
import cn.finegov.integration.runtime.api.RejectedMessageException;
import cn.finegov.kernel.api.i18n.MessageSource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Consumes the inbox at least once. The broker acknowledges a message only when {@link #onMessage}
 * returns normally, and it returns only after the work the message caused has committed (the
 * handler's own transaction) or, for a message that cannot succeed, after its dead letter has
 * committed. A failure before that throws: the broker delivers the message again (up to {@code
 * governance.inbox.max-attempts}, default 5, one second apart), and a crash at any point leaves the
 * message in the queue. Handlers are idempotent, since a crash between the commit and the
 * acknowledgement delivers a message twice.
 *
 * <p>The bean itself runs outside a container transaction on purpose: the server's embedded broker
 * cannot keep its transactional session across the suspension that the handler's nested
 * transactions require.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = InboxQueue.JNDI_NAME),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "endpointExceptionRedeliveryAttempts",
          propertyValue = "1000"),
      @ActivationConfigProperty(
          propertyName = "endpointExceptionRedeliveryInterval",
          propertyValue = "1000")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboxListener implements MessageListener {

  private static final Logger LOG = Logger.getLogger(InboxListener.class.getName());

  /**
   * Failed attempts per JMS message id, for brokers that do not count redeliveries of a failed
   * endpoint.
   */
  private static final Map<String, Integer> FAILURES = new ConcurrentHashMap<>();

  @Inject private InboxDispatcher dispatcher;
  @Inject private DeadLetters deadLetters;
  @Inject private Config config;
  @Inject private MessageSource messages;

  @Override
  public void onMessage(Message message) {
    InboxMessage inbound;
    String jmsId;
    try {
      jmsId = message.getJMSMessageID();
      inbound = read(message, jmsId);
    } catch (JMSException | RuntimeException e) {
      LOG.log(Level.SEVERE, "An inbox message cannot be read; it goes to the dead letters", e);
      deadLetters.record(
          new DeadLetterDraft(
              "inbox",
              "inbox",
              null,
              null,
              messages.get(MessageSource.CHINESE, "inbox.unreadable", e.getMessage()),
              e,
              null,
              Map.of(),
              null,
              null));
      return;
    }
    int maxAttempts =
        config.getOptionalValue("governance.inbox.max-attempts", Integer.class).orElse(5);
    try {
      dispatcher.dispatch(inbound);
      FAILURES.remove(jmsId);
    } catch (RuntimeException failure) {
      Throwable cause = unwrap(failure);
      boolean refused = cause instanceof RejectedMessageException;
      if (!refused && inbound.attempt() < maxAttempts) {
        FAILURES.merge(jmsId, 1, Integer::sum);
        LOG.log(
            Level.WARNING,
            String.format(
                "Inbox message %s of flow %s failed (attempt %d of %d); it will be delivered again",
                inbound.messageId(), inbound.flow(), inbound.attempt(), maxAttempts),
            cause);
        throw new RedeliveryRequested(cause);
      }
      String reason =
          refused
              ? cause.getMessage()
              : messages.get(
                  MessageSource.CHINESE, "inbox.failed", inbound.attempt(), describe(cause));
      deadLetters.record(
          new DeadLetterDraft(
              inbound.flow(),
              "inbox:" + inbound.flow(),
              inbound.header(DeadLetters.SOURCE),
              inbound.header("GovernanceReference"),
              reason,
              cause,
              inbound.body(),
              withIds(inbound),
              "inbox:" + inbound.flow(),
              inbound.messageId() == null ? null : inbound.flow() + ":" + inbound.messageId()));
      FAILURES.remove(jmsId);
    }
  }

  /** Thrown to have the broker deliver the message again; carries the handler's failure. */
  static final class RedeliveryRequested extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RedeliveryRequested(Throwable cause) {
      super("inbox message will be delivered again", cause);
    }
  }

  private static Map<String, String> withIds(InboxMessage inbound) {
    Map<String, String> headers = new LinkedHashMap<>(inbound.headers());
    if (inbound.messageId() != null) {
      headers.put(InboxQueue.MESSAGE_ID, inbound.messageId());
    }
    return headers;
  }

  private static InboxMessage read(Message message, String jmsId) throws JMSException {
    if (!(message instanceof TextMessage text)) {
      throw new JMSException("not a text message: " + message.getClass().getName());
    }
    String flow = message.getStringProperty(InboxQueue.FLOW);
    if (flow == null || flow.isBlank()) {
      throw new JMSException("no " + InboxQueue.FLOW + " property");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    Enumeration<?> names = message.getPropertyNames();
    while (names.hasMoreElements()) {
      String name = (String) names.nextElement();
      if (!name.startsWith("JMS") && !InboxQueue.RESERVED.contains(name)) {
        headers.put(name, message.getStringProperty(name));
      }
    }
    int delivered =
        message.propertyExists("JMSXDeliveryCount")
            ? message.getIntProperty("JMSXDeliveryCount")
            : 1;
    int attempt = Math.max(delivered, FAILURES.getOrDefault(jmsId, 0) + 1);
    return new InboxMessage(
        flow, message.getStringProperty(InboxQueue.MESSAGE_ID), text.getText(), headers, attempt);
  }

  /** The refusal if there is one in the chain, otherwise the innermost cause. */
  private static Throwable unwrap(Throwable failure) {
    Throwable innermost = failure;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof RejectedMessageException) {
        return cause;
      }
      innermost = cause;
    }
    return innermost;
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
