package cn.finegov.integration.runtime.inbox;

import cn.finegov.integration.runtime.api.DeadLetterDraft;
import cn.finegov.integration.runtime.api.DeadLetters;
import cn.finegov.integration.runtime.api.Inbox;
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
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Consumes the inbox at least once. A batch ({@link Inbox#enqueueAll}) is handled in one
 * transaction, and split into single messages when that fails. The broker acknowledges a message
 * only when {@link #onMessage} returns normally, and it returns only after the work the message
 * caused has committed (the handler's own transaction) or, for a message that cannot succeed, after
 * its dead letter has committed. A failure before that throws: the broker delivers the message
 * again (up to {@code governance.inbox.max-attempts}, default 5, one second apart), and a crash at
 * any point leaves the message in the queue. Handlers are idempotent, since a crash between the
 * commit and the acknowledgement delivers a message twice.
 *
 * <p>At most 8 messages are handled at once ({@code endpointPoolMaxSize}; the broker's default is
 * 32): two cores gain nothing from more, and each handler holds a database connection for its
 * transaction and may need a second one meanwhile (a case number block, an id block), so the
 * connection pool must have at least twice as many connections as handlers run, plus the HTTP
 * threads' (install.sh: 64). With 32 handlers in transactions of a whole batch, the pool ran dry.
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
          propertyValue = "1000"),
      @ActivationConfigProperty(propertyName = "endpointPoolMaxSize", propertyValue = "8")
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
  @Inject private Inbox inbox;
  @Inject private InboxCounts counts;
  @Inject private DeadLetters deadLetters;
  @Inject private Config config;
  @Inject private MessageSource messages;

  @Override
  public void onMessage(Message message) {
    InboxMessage inbound;
    List<InboxMessage> batch = null;
    String jmsId;
    try {
      jmsId = message.getJMSMessageID();
      if (message.propertyExists(InboxQueue.BATCH)) {
        batch = readBatch(message);
      }
      inbound = batch == null ? read(message, jmsId) : null;
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
    if (batch != null) {
      // Outside the reading's try: a batch that can be queued again neither now nor later must be
      // delivered again, not become an unreadable dead letter.
      takeBatch(batch);
      return;
    }
    int maxAttempts =
        config.getOptionalValue("governance.inbox.max-attempts", Integer.class).orElse(5);
    try {
      dispatcher.dispatch(inbound);
      FAILURES.remove(jmsId);
      counts.taken(inbound.flow(), 1);
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
      counts.taken(inbound.flow(), 1);
    }
  }

  /**
   * The messages of a batch in one transaction; when that fails, whatever the reason, they are
   * queued again one by one (each then takes the single path, with its retries and its dead
   * letter), and only then is the batch acknowledged. A crash in between delivers the batch again:
   * handlers are idempotent.
   */
  private void takeBatch(List<InboxMessage> batch) {
    String flow = batch.get(0).flow();
    try {
      dispatcher.dispatchAll(flow, batch);
      counts.taken(flow, batch.size());
    } catch (RuntimeException failure) {
      LOG.log(
          Level.WARNING,
          String.format(
              "An inbox batch of %d messages of flow %s failed (%s); its messages are queued again"
                  + " one by one",
              batch.size(), flow, describe(unwrap(failure))));
      try {
        for (InboxMessage one : batch) {
          inbox.enqueue(one.flow(), one.messageId(), one.body(), one.headers());
        }
      } catch (RuntimeException unqueued) {
        throw new RedeliveryRequested(unqueued);
      }
      counts.taken(flow, batch.size());
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
    TextMessage text = textOf(message);
    String flow = flowOf(message);
    Map<String, String> headers = headersOf(message);
    int delivered =
        message.propertyExists("JMSXDeliveryCount")
            ? message.getIntProperty("JMSXDeliveryCount")
            : 1;
    int attempt = Math.max(delivered, FAILURES.getOrDefault(jmsId, 0) + 1);
    return new InboxMessage(
        flow, message.getStringProperty(InboxQueue.MESSAGE_ID), text.getText(), headers, attempt);
  }

  /** The messages of a batch, each with the batch's headers and its id as its source. */
  private static List<InboxMessage> readBatch(Message message) throws JMSException {
    TextMessage text = textOf(message);
    String flow = flowOf(message);
    Map<String, String> headers = headersOf(message);
    List<InboxMessage> batch = new ArrayList<>();
    for (Inbox.Item item : InboxBatch.decode(text.getText())) {
      Map<String, String> own = new LinkedHashMap<>(headers);
      own.put(DeadLetters.SOURCE, item.messageId());
      batch.add(new InboxMessage(flow, item.messageId(), item.body(), own, 1));
    }
    return batch;
  }

  private static TextMessage textOf(Message message) throws JMSException {
    if (!(message instanceof TextMessage text)) {
      throw new JMSException("not a text message: " + message.getClass().getName());
    }
    return text;
  }

  private static String flowOf(Message message) throws JMSException {
    String flow = message.getStringProperty(InboxQueue.FLOW);
    if (flow == null || flow.isBlank()) {
      throw new JMSException("no " + InboxQueue.FLOW + " property");
    }
    return flow;
  }

  private static Map<String, String> headersOf(Message message) throws JMSException {
    Map<String, String> headers = new LinkedHashMap<>();
    Enumeration<?> names = message.getPropertyNames();
    while (names.hasMoreElements()) {
      String name = (String) names.nextElement();
      if (!name.startsWith("JMS") && !InboxQueue.RESERVED.contains(name)) {
        headers.put(name, message.getStringProperty(name));
      }
    }
    return headers;
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
