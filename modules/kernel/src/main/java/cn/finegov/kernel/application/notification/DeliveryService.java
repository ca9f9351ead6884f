package cn.finegov.kernel.application.notification;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.i18n.MessageKey;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.api.notification.NotificationChannel;
import cn.finegov.kernel.api.notification.NotificationRequest;
import cn.finegov.kernel.api.notification.OutgoingMessage;
import cn.finegov.kernel.api.notification.RecipientContact;
import cn.finegov.kernel.api.notification.Recipients;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.application.module.KernelModule;
import cn.finegov.kernel.domain.model.notification.DeliveryQuery;
import cn.finegov.kernel.domain.model.notification.DeliveryStatus;
import cn.finegov.kernel.domain.model.notification.Notification;
import cn.finegov.kernel.domain.model.notification.NotificationDelivery;
import cn.finegov.kernel.domain.model.notification.NotificationDeliveryRepository;
import cn.finegov.kernel.domain.model.notification.RetrySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The outbox: the delivery monitor (search, counts, retry: holders of {@code
 * kernel.notifications.monitor}, for recipients inside their scope), and the steps of the
 * deliverer, each in its own transaction so that no transaction is open while a channel talks to
 * its server. A delivery given up notifies the monitors of the recipient's unit.
 */
@ApplicationScoped
@Transactional
public class DeliveryService {

  static final String ENTITY = "NotificationDelivery";

  /** Configuration property: the address the application is reached at, for links in messages. */
  public static final String BASE_URL_PROPERTY = "governance.notifications.base-url";

  @Inject private NotificationDeliveryRepository deliveries;
  @Inject private NotificationService notifications;
  @Inject private ChannelRegistry channels;
  @Inject private ModuleSettings settings;
  @Inject private MessageSource messages;
  @Inject private ActorContext actors;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private Event<DeliveriesQueued> queued;

  /** A page of deliveries, newest first. */
  @Transactional(TxType.SUPPORTS)
  public List<DeliveryView> search(DeliveryQuery query, int first, int max) {
    Actor actor = actors.requirePermission(KernelPermissions.NOTIFICATIONS_MONITOR);
    return deliveries
        .search(query, actor.scope(), Math.max(0, first), Math.max(1, Math.min(max, 50_000)))
        .stream()
        .map(DeliveryView::of)
        .toList();
  }

  @Transactional(TxType.SUPPORTS)
  public long count(DeliveryQuery query) {
    Actor actor = actors.requirePermission(KernelPermissions.NOTIFICATIONS_MONITOR);
    return deliveries.count(query, actor.scope());
  }

  /** Number of deliveries per state. */
  @Transactional(TxType.SUPPORTS)
  public Map<DeliveryStatus, Long> countByStatus() {
    Actor actor = actors.requirePermission(KernelPermissions.NOTIFICATIONS_MONITOR);
    return deliveries.countByStatus(actor.scope());
  }

  /** One delivery. */
  @Transactional(TxType.SUPPORTS)
  public DeliveryView get(long id) {
    return DeliveryView.of(visible(id));
  }

  /**
   * Asks for an attempt now: a failed or skipped delivery gets one more attempt, a waiting one is
   * tried at once. Audited.
   */
  public DeliveryView retry(long id) {
    NotificationDelivery delivery = visible(id);
    Map<String, Object> before = delivery.auditValues();
    if (!delivery.retryNow(clock.instant())) {
      throw DomainException.conflict("notification.delivery.not-retryable", String.valueOf(id));
    }
    audit.record(ENTITY, String.valueOf(id), "RETRY", before, delivery.auditValues());
    queued.fire(new DeliveriesQueued(1));
    return DeliveryView.of(delivery);
  }

  private NotificationDelivery visible(long id) {
    Actor actor = actors.requirePermission(KernelPermissions.NOTIFICATIONS_MONITOR);
    return deliveries
        .find(id)
        .filter(d -> actor.scope().covers(d.notification().recipientUnitPath()))
        .orElseThrow(
            () -> DomainException.notFound("notification.delivery.not-found", String.valueOf(id)));
  }

  /** The retry schedule in force (kernel settings). */
  @Transactional(TxType.SUPPORTS)
  public RetrySchedule schedule() {
    return new RetrySchedule(
        settings.getInt(KernelModule.KEY, KernelModule.DELIVERY_MAX_ATTEMPTS),
        Duration.ofMinutes(settings.getInt(KernelModule.KEY, KernelModule.DELIVERY_RETRY_MINUTES)));
  }

  // ---- steps of the deliverer, each in its own transaction ----

  /** Deliveries due now. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Long> due(int max) {
    return deliveries.due(clock.instant(), max);
  }

  /**
   * Takes a due delivery for an attempt; empty when another deliverer took it, or when it cannot be
   * attempted (recipient deactivated, channel gone, switched off or no address), which fails it at
   * once with the reason.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<DeliveryAttempt> claim(long id) {
    Instant now = clock.instant();
    Optional<NotificationDelivery> found = deliveries.find(id);
    if (found.isEmpty() || !found.get().claim(now)) {
      return Optional.empty();
    }
    NotificationDelivery delivery = found.get();
    Notification notification = delivery.notification();
    Optional<RecipientContact> contact = notifications.contactOf(notification.recipient());
    if (contact.isEmpty()) {
      giveUp(delivery, "notification.skip.recipient-gone", null);
      return Optional.empty();
    }
    Optional<NotificationChannel> channel = channels.find(delivery.channel());
    if (channel.isEmpty()) {
      giveUp(delivery, "notification.skip.channel-gone", null);
      return Optional.empty();
    }
    if (!channel.get().isEnabled()) {
      giveUp(delivery, "notification.skip.channel-off", null);
      return Optional.empty();
    }
    Optional<String> address = channel.get().addressOf(contact.get());
    if (address.isEmpty()) {
      giveUp(delivery, "notification.skip.no-address", null);
      return Optional.empty();
    }
    OutgoingMessage message =
        new OutgoingMessage(
            delivery.id(),
            delivery.attempts() + 1,
            notification.category(),
            contact.get(),
            notification.subject(),
            notification.body() == null ? "" : notification.body(),
            absoluteLink(notification.link()),
            notification.createdAt());
    return Optional.of(new DeliveryAttempt(delivery.channel(), message, address.get()));
  }

  private void giveUp(NotificationDelivery delivery, String reasonKey, String maskedAddress) {
    delivery.failed(
        clock.instant(),
        messages.get(MessageSource.CHINESE, reasonKey),
        maskedAddress,
        true,
        schedule());
    alertIfFailed(delivery);
  }

  /** Records a successful attempt. */
  @Transactional(TxType.REQUIRES_NEW)
  public void sent(long id, String maskedAddress) {
    deliveries.find(id).ifPresent(delivery -> delivery.sent(clock.instant(), maskedAddress));
  }

  /** Records a failed attempt; retried by the schedule unless permanent or the last one. */
  @Transactional(TxType.REQUIRES_NEW)
  public void failed(long id, String reason, String maskedAddress, boolean permanent) {
    deliveries
        .find(id)
        .ifPresent(
            delivery -> {
              delivery.failed(clock.instant(), reason, maskedAddress, permanent, schedule());
              alertIfFailed(delivery);
            });
  }

  /**
   * Attempts started more than {@link NotificationDelivery#ATTEMPT_TIMEOUT} ago and never finished
   * (the server stopped meanwhile) count as failed.
   *
   * @return how many
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int recoverStuck() {
    Instant now = clock.instant();
    List<Long> stuck = deliveries.stuck(now.minus(NotificationDelivery.ATTEMPT_TIMEOUT));
    for (Long id : stuck) {
      deliveries
          .find(id)
          .ifPresent(
              delivery -> {
                delivery.failed(
                    now,
                    messages.get(MessageSource.CHINESE, "notification.delivery.interrupted"),
                    null,
                    false,
                    schedule());
                alertIfFailed(delivery);
              });
    }
    return stuck.size();
  }

  /** Tells the monitors of the recipient's unit that a delivery was given up. */
  private void alertIfFailed(NotificationDelivery delivery) {
    Notification notification = delivery.notification();
    if (delivery.status() != DeliveryStatus.FAILED
        || notification.category().equals(KernelNotificationCategories.DELIVERY_FAILED)) {
      return;
    }
    Long unitId = unitIdOf(notification.recipientUnitPath());
    if (unitId == null) {
      return;
    }
    notifications.sendAsKernel(
        NotificationRequest.of(
                KernelModule.KEY,
                KernelNotificationCategories.DELIVERY_FAILED,
                Recipients.holding(KernelPermissions.NOTIFICATIONS_MONITOR, unitId))
            .subject(
                "notification.alert.delivery-failed.subject",
                new MessageKey("notification.channel." + delivery.channel()),
                notification.recipient())
            .body(
                "notification.alert.delivery-failed.body",
                String.valueOf(delivery.id()),
                notification.subject(),
                delivery.attempts(),
                delivery.lastError())
            .link("/kernel/admin/deliveries.xhtml?delivery=" + delivery.id())
            .about("NotificationDelivery", String.valueOf(delivery.id()))
            .build(),
        "notifications");
  }

  /** The unit identifier at the end of a path {@code /1/5/23/}. */
  static Long unitIdOf(String path) {
    if (path == null) {
      return null;
    }
    String[] parts = path.split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].isEmpty()) {
        try {
          return Long.parseLong(parts[i]);
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static String absoluteLink(String link) {
    if (link == null) {
      return null;
    }
    Optional<String> base =
        ConfigProvider.getConfig().getOptionalValue(BASE_URL_PROPERTY, String.class);
    return base.filter(b -> !b.isBlank())
        .map(b -> (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + link)
        .orElse(null);
  }
}
