package cn.finegov.kernel.application.notification;

import cn.finegov.kernel.api.notification.DeliveryException;
import cn.finegov.kernel.api.notification.NotificationChannel;
import cn.finegov.kernel.api.security.ActorContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works off the outbox: takes each due delivery (its own transaction), hands it to its channel
 * outside any transaction, records the outcome (its own transaction). Runs on the timer of {@link
 * DeliveryTimer} and, so that a notification leaves at once, after every commit that queued
 * deliveries. One run at a time per server; a trigger during a run makes it look again. Several
 * servers share the outbox safely: taking a delivery is guarded by its version.
 */
@ApplicationScoped
public class NotificationDeliverer {

  static final String FLOW = "notifications";
  private static final Logger LOG = Logger.getLogger(NotificationDeliverer.class.getName());
  private static final int BATCH = 100;

  @Inject private DeliveryService deliveries;
  @Inject private ChannelRegistry channels;
  @Inject private ActorContext actors;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private ManagedExecutorService executor;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  /** Starts a run once the transaction that queued deliveries has committed. */
  void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesQueued event) {
    try {
      executor.execute(this::deliverDue);
    } catch (RejectedExecutionException e) {
      LOG.log(Level.FINE, "Deliverer busy; the timer will pick the deliveries up", e);
    }
  }

  /**
   * Delivers everything due now.
   *
   * @return attempts made by this run (0 when another run was under way)
   */
  public int deliverDue() {
    if (!running.compareAndSet(false, true)) {
      again.set(true);
      return 0;
    }
    try {
      return actors.runAsSystem(FLOW, Set.of(), this::run);
    } finally {
      running.set(false);
    }
  }

  private int run() {
    int attempts = 0;
    try {
      int recovered = deliveries.recoverStuck();
      if (recovered > 0) {
        LOG.warning(() -> recovered + " interrupted delivery attempt(s) counted as failed");
      }
      boolean more = true;
      while (more) {
        again.set(false);
        List<Long> due = deliveries.due(BATCH);
        for (Long id : due) {
          if (attempt(id)) {
            attempts++;
          }
        }
        more = due.size() == BATCH || again.get();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The notification deliverer stopped early; the timer retries", e);
    }
    return attempts;
  }

  /** One attempt; whether one was made. */
  private boolean attempt(long id) {
    Optional<DeliveryAttempt> claimed;
    try {
      claimed = deliveries.claim(id);
    } catch (RuntimeException e) {
      // Another server took it first (its version changed), or it vanished.
      LOG.log(Level.FINE, "Delivery " + id + " not taken", e);
      return false;
    }
    if (claimed.isEmpty()) {
      return false;
    }
    DeliveryAttempt attempt = claimed.get();
    NotificationChannel channel = channels.find(attempt.channel()).orElseThrow();
    String masked = channel.masked(attempt.address());
    try {
      channel.deliver(attempt.message(), attempt.address());
      deliveries.sent(id, masked);
    } catch (DeliveryException e) {
      LOG.info(
          () ->
              "Delivery "
                  + id
                  + " on "
                  + attempt.channel()
                  + " failed (attempt "
                  + attempt.message().attempt()
                  + ")");
      deliveries.failed(id, e.getMessage(), masked, e.isPermanent());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Channel " + attempt.channel() + " failed unexpectedly", e);
      deliveries.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage(), masked, false);
    }
    return true;
  }
}
