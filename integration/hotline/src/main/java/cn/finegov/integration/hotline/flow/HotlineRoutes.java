package cn.finegov.integration.hotline.flow;

import cn.finegov.integration.hotline.HotlineModule;
import cn.finegov.integration.runtime.api.DeadLetters;
import cn.finegov.integration.runtime.api.ModuleRoutes;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;

/**
 * Routes of the hotline exchange (PROTOCOL.md):
 *
 * <ul>
 *   <li>{@code hotline-ticket-intake} ({@value #TICKET_ENDPOINT}): validates a ticket and queues it
 *       once (inbox flow {@value #TICKET_FLOW}); both channels and replays go through it;
 *   <li>{@code hotline-ticket-batch-intake} ({@value #BATCH_ENDPOINT}): the valid tickets of a
 *       pushed batch queued as one inbox batch, handled in one transaction;
 *   <li>{@code hotline-visit-intake} ({@value #VISIT_ENDPOINT}): the same for return visits;
 *   <li>{@code hotline-exchange-poll}: reads new rows of the middle database's exchange table and
 *       marks them taken once they are queued, when {@code hotline.exchange.enabled};
 *   <li>{@code hotline-feedback}: delivers the feedback outbox, in order per ticket, signed, with
 *       retries and back-off.
 * </ul>
 *
 * Pushes reach the intake routes from the inbound REST endpoint, which answers the hotline from the
 * exchange's result. Error handling is the route configuration {@link HotlineErrorHandling#ID}.
 */
@Dependent
public class HotlineRoutes extends RouteBuilder implements ModuleRoutes {

  public static final String TICKET_FLOW = "hotline-tickets";
  public static final String VISIT_FLOW = "hotline-visits";
  public static final String TICKET_ENDPOINT = "direct:hotline-ticket-intake";
  public static final String VISIT_ENDPOINT = "direct:hotline-visit-intake";
  public static final String BATCH_ENDPOINT = "direct:hotline-ticket-batch-intake";

  /** Registry name of the middle database's data source. */
  public static final String EXCHANGE_DATA_SOURCE = "hotlineExchange";

  private final Intake intake;
  private final FeedbackDelivery delivery;
  private final ExchangeDatabase exchangeDatabase;

  @Inject
  public HotlineRoutes(
      Intake intake, FeedbackDelivery delivery, ExchangeDatabase exchangeDatabase) {
    this.intake = intake;
    this.delivery = delivery;
    this.exchangeDatabase = exchangeDatabase;
  }

  @Override
  public String moduleKey() {
    return HotlineModule.KEY;
  }

  @Override
  public void configure() {
    from(TICKET_ENDPOINT)
        .routeId("hotline-ticket-intake")
        .routeConfigurationId(HotlineErrorHandling.ID)
        .setHeader(DeadLetters.FLOW, constant(TICKET_FLOW))
        .setHeader(DeadLetters.REPLAY_TARGET, constant(TICKET_ENDPOINT))
        .convertBodyTo(String.class, "UTF-8")
        .bean(intake, "ticket")
        .id("hotline-ticket-accept");

    // A pushed batch: its valid tickets queued as one inbox batch (the caller sends the invalid
    // ones through the single route). On a failure nothing was remembered: every ticket of the push
    // is answered without a result, and the hotline sends the batch again.
    from(BATCH_ENDPOINT)
        .routeId("hotline-ticket-batch-intake")
        .bean(intake, "batch")
        .id("hotline-ticket-batch-accept");

    from(VISIT_ENDPOINT)
        .routeId("hotline-visit-intake")
        .routeConfigurationId(HotlineErrorHandling.ID)
        .setHeader(DeadLetters.FLOW, constant(VISIT_FLOW))
        .setHeader(DeadLetters.REPLAY_TARGET, constant(VISIT_ENDPOINT))
        .convertBodyTo(String.class, "UTF-8")
        .bean(intake, "returnVisit")
        .id("hotline-visit-accept");

    if (enabled("hotline.exchange.enabled", false)) {
      getContext().getRegistry().bind(EXCHANGE_DATA_SOURCE, exchangeDatabase.dataSource());
      from("sql:select id, gdbh, payload from hl_exchange_ticket where status = 'NEW' order by id"
              + "?dataSource=#"
              + EXCHANGE_DATA_SOURCE
              + "&maxMessagesPerPoll={{hotline.exchange.batch:500}}"
              + "&delay={{hotline.exchange.poll-millis:1000}}"
              + "&onConsume=update hl_exchange_ticket set status = 'TAKEN', taken_at = CURRENT_TIMESTAMP"
              + " where id = :#id")
          .routeId("hotline-exchange-poll")
          .routeConfigurationId(HotlineErrorHandling.ID)
          .setHeader(Intake.CHANNEL, constant("TABLE"))
          .setBody(simple("${body[payload]}"))
          // enrich, not to: the intake then runs in a unit of work of its own, so that its dead
          // letters keep the ticket's JSON as their original body, not this route's row map.
          .enrich(TICKET_ENDPOINT);
    }

    // The outbox decides when to try again: no silent resends by the HTTP client, bounded waits.
    HttpComponent http = getContext().getComponent("http", HttpComponent.class);
    http.setAutomaticRetriesDisabled(true);
    http.setConnectTimeout(5_000);
    http.setResponseTimeout(15_000);
    // scheduler, not timer: its polls run on Camel's pool of managed threads, where the outbox's
    // transactions have the container's context (a java.util.Timer thread has none, and the
    // server warns on every transaction begun there).
    from("scheduler:hotline-feedback?delay={{hotline.feedback.poll-millis:1000}}&initialDelay=5000")
        .routeId("hotline-feedback")
        .bean(delivery, "due")
        .split(body())
        .stopOnException()
        .bean(delivery, "prepare")
        .doTry()
        .to("{{hotline.api.url}}/api/v1/feedback?throwExceptionOnFailure=false")
        .id("hotline-feedback-send")
        .bean(delivery, "answered")
        .doCatch(Exception.class)
        .bean(delivery, "unreachable")
        .end()
        .end();
  }

  private boolean enabled(String property, boolean fallback) {
    return Boolean.parseBoolean(
        getContext()
            .getPropertiesComponent()
            .resolveProperty(property)
            .orElse(String.valueOf(fallback))
            .strip());
  }
}
