package cn.finegov.integration.hotline.flow;

import cn.finegov.integration.hotline.ticket.Feedback;
import cn.finegov.integration.hotline.ticket.SampleTickets;
import cn.finegov.integration.hotline.ticket.TicketStore;
import cn.finegov.integration.runtime.camel.DeadLetterChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;

/**
 * The hotline's routes ({@link HotlineRoutes}) with their error handling ({@link
 * HotlineErrorHandling}) in Camel's test kit, built from the real {@link Intake}, {@link
 * FeedbackDelivery}, {@link HotlineSettings} and {@link ExchangeDatabase}. Only what needs the
 * server is replaced: the inbox queue (JMS) by {@link RecordingInbox}, the idempotent repositories'
 * data source by H2 ({@link TestReceipts}), the JPA ticket store by {@link Outbox}, MicroProfile
 * Config by {@link MapConfig}, and the dead-letter channel (CDI, JPA) by {@link
 * RecordingDeadLetters}.
 *
 * <p>The context is not started before the test: a test advises routes by id, then calls {@link
 * #start()}. Settings are read when the routes are built, so each test class declares its own.
 */
abstract class HotlineRouteTestSupport extends CamelTestSupport {

  static final String SECRET = "hotline-test-secret";
  static final Duration WAIT = Duration.ofSeconds(20);

  final RecordingDeadLetters deadLetters = new RecordingDeadLetters();
  final Outbox outbox = new Outbox();
  MapConfig config;
  TestReceipts receipts;
  RecordingInbox inbox;
  Intake intake;
  HotlineSettings hotlineSettings;
  RecordingDelivery delivery;
  ExchangeDatabase exchangeDatabase;

  /**
   * The feedback outbox in place of the JPA store: due items are the pending ones whose time came.
   */
  static final class Outbox extends TicketStore {

    private final Map<Long, Feedback> items = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    long add(Feedback item) {
      long id = ids.incrementAndGet();
      items.put(id, item);
      return id;
    }

    @Override
    public List<Long> dueFeedback(Instant now, int max) {
      return items.entrySet().stream()
          .filter(e -> e.getValue().delivery() == Feedback.Delivery.PENDING)
          .filter(e -> !e.getValue().nextAttemptAt().isAfter(now))
          .map(Map.Entry::getKey)
          .limit(max)
          .toList();
    }

    @Override
    public Optional<Feedback> feedback(long id) {
      return Optional.ofNullable(items.get(id));
    }
  }

  /** The real delivery steps, recording how the route called them. */
  static final class RecordingDelivery extends FeedbackDelivery {

    /** A call of a step that ends a delivery attempt. */
    record Call(String step, long id, int status, Throwable failure) {}

    final List<Call> calls = new CopyOnWriteArrayList<>();

    @Override
    public void answered(Exchange exchange) {
      calls.add(
          new Call(
              "answered",
              exchange.getProperty(ID, Long.class),
              exchange.getIn().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class),
              null));
      super.answered(exchange);
    }

    @Override
    public void unreachable(Exchange exchange) {
      calls.add(
          new Call(
              "unreachable",
              exchange.getProperty(ID, Long.class),
              0,
              exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)));
      super.unreachable(exchange);
    }
  }

  /** This test class's settings, over the defaults. */
  Map<String, String> settings() {
    return Map.of();
  }

  @Override
  protected void doPreSetup() throws Exception {
    super.doPreSetup();
    Map<String, String> all = new HashMap<>();
    all.put("hotline.secret", SECRET);
    all.put("hotline.personal-data.key", SampleTickets.KEY);
    // Nothing listens on the discard port; tests of the feedback route set their own server.
    all.put("hotline.api.url", "http://127.0.0.1:9");
    all.put("hotline.feedback.poll-millis", "60000");
    all.put("hotline.exchange.enabled", "false");
    all.put("governance.timezone", "Asia/Shanghai");
    all.putAll(settings());
    config = new MapConfig(all);
    receipts = new TestReceipts();
    inbox = receipts.inbox;
    intake = Fields.inject(new Intake(), Intake.class, "receipts", receipts);
    hotlineSettings = Fields.inject(new HotlineSettings(), HotlineSettings.class, "config", config);
    delivery = new RecordingDelivery();
    Fields.inject(delivery, FeedbackDelivery.class, "tickets", outbox);
    Fields.inject(delivery, FeedbackDelivery.class, "settings", hotlineSettings);
    exchangeDatabase =
        Fields.inject(new ExchangeDatabase(), ExchangeDatabase.class, "config", config);
  }

  @Override
  public boolean isUseAdviceWith() {
    return true;
  }

  @Override
  protected CamelContext createCamelContext() throws Exception {
    CamelContext camel = super.createCamelContext();
    Properties properties = new Properties();
    properties.putAll(config.values());
    camel.getPropertiesComponent().setInitialProperties(properties);
    return camel;
  }

  @Override
  protected void bindToRegistry(Registry registry) {
    registry.bind(DeadLetterChannel.BEAN_NAME, deadLetters);
  }

  @Override
  protected RoutesBuilder[] createRouteBuilders() {
    return new RoutesBuilder[] {
      new HotlineErrorHandling(), new HotlineRoutes(intake, delivery, exchangeDatabase)
    };
  }

  @Override
  protected void doPostTearDown() throws Exception {
    if (receipts != null) {
      receipts.close();
    }
    super.doPostTearDown();
  }

  void start() {
    context.start();
  }

  /** Sends a message to an intake endpoint as the inbound resource does. */
  Exchange send(String endpoint, Object body, String channel) {
    return template.send(
        endpoint,
        exchange -> {
          exchange.getIn().setBody(body);
          if (channel != null) {
            exchange.getIn().setHeader(Intake.CHANNEL, channel);
          }
        });
  }
}
