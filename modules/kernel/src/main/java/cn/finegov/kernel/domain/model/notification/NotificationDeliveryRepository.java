package cn.finegov.kernel.domain.model.notification;

import cn.finegov.kernel.api.security.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores and finds deliveries (the outbox). */
public interface NotificationDeliveryRepository {

  Optional<NotificationDelivery> find(long id);

  NotificationDelivery store(NotificationDelivery delivery);

  /** Identifiers of deliveries due now, oldest first, at most {@code max}. */
  List<Long> due(Instant now, int max);

  /** Identifiers of attempts under way since before {@code startedBefore}. */
  List<Long> stuck(Instant startedBefore);

  /**
   * A page of deliveries matching the filter whose recipients' units lie in the scope, newest
   * first.
   */
  List<NotificationDelivery> search(DeliveryQuery query, Scope scope, int first, int max);

  long count(DeliveryQuery query, Scope scope);

  /** Number of deliveries per state, inside the scope. */
  Map<DeliveryStatus, Long> countByStatus(Scope scope);

  /** The deliveries of a notification. */
  List<NotificationDelivery> ofNotification(long notificationId);
}
