package cn.finegov.kernel.application.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs the {@link NotificationDeliverer} every {@code governance.notifications.poll-seconds}
 * (configuration, default 30): retries come due, and deliveries queued while the server was down
 * leave. A non-persistent timer: it is created again at every start.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class DeliveryTimer {

  /** Configuration property: seconds between two runs of the deliverer. */
  public static final String POLL_PROPERTY = "governance.notifications.poll-seconds";

  private static final Logger LOG = Logger.getLogger(DeliveryTimer.class.getName());

  @Resource private TimerService timers;
  @Inject private NotificationDeliverer deliverer;

  @PostConstruct
  void start() {
    int seconds =
        Math.max(
            1,
            ConfigProvider.getConfig().getOptionalValue(POLL_PROPERTY, Integer.class).orElse(30));
    timers.createIntervalTimer(
        Math.min(seconds, 10) * 1000L,
        seconds * 1000L,
        new TimerConfig("notification-deliverer", false));
    LOG.info(() -> "Notification deliverer runs every " + seconds + " s");
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    deliverer.deliverDue();
  }
}
