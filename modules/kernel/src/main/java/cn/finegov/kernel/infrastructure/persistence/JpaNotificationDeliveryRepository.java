package cn.finegov.kernel.infrastructure.persistence;

import cn.finegov.kernel.api.security.Scope;
import cn.finegov.kernel.domain.model.notification.DeliveryQuery;
import cn.finegov.kernel.domain.model.notification.DeliveryStatus;
import cn.finegov.kernel.domain.model.notification.NotificationDelivery;
import cn.finegov.kernel.domain.model.notification.NotificationDeliveryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaNotificationDeliveryRepository implements NotificationDeliveryRepository {

  @PersistenceContext(unitName = "kernel")
  private EntityManager em;

  @Override
  public Optional<NotificationDelivery> find(long id) {
    return Optional.ofNullable(em.find(NotificationDelivery.class, id));
  }

  @Override
  public NotificationDelivery store(NotificationDelivery delivery) {
    if (delivery.id() == null) {
      em.persist(delivery);
    }
    return delivery;
  }

  @Override
  public List<Long> due(Instant now, int max) {
    return em.createQuery(
            "select d.id from NotificationDelivery d where d.status = :pending"
                + " and d.nextAttemptAt <= :now order by d.nextAttemptAt, d.id",
            Long.class)
        .setParameter("pending", DeliveryStatus.PENDING)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<Long> stuck(Instant startedBefore) {
    return em.createQuery(
            "select d.id from NotificationDelivery d where d.status = :sending"
                + " and d.claimedAt < :before",
            Long.class)
        .setParameter("sending", DeliveryStatus.SENDING)
        .setParameter("before", startedBefore)
        .getResultList();
  }

  @Override
  public List<NotificationDelivery> search(DeliveryQuery query, Scope scope, int first, int max) {
    Map<String, Object> parameters = new HashMap<>();
    TypedQuery<NotificationDelivery> typed =
        em.createQuery(
            "select d from NotificationDelivery d join d.notification n"
                + where(query, scope, parameters)
                + " order by d.createdAt desc, d.id desc",
            NotificationDelivery.class);
    parameters.forEach(typed::setParameter);
    return typed.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long count(DeliveryQuery query, Scope scope) {
    Map<String, Object> parameters = new HashMap<>();
    TypedQuery<Long> typed =
        em.createQuery(
            "select count(d) from NotificationDelivery d join d.notification n"
                + where(query, scope, parameters),
            Long.class);
    parameters.forEach(typed::setParameter);
    return typed.getSingleResult();
  }

  @Override
  public Map<DeliveryStatus, Long> countByStatus(Scope scope) {
    Map<String, Object> parameters = new HashMap<>();
    TypedQuery<Object[]> typed =
        em.createQuery(
            "select d.status, count(d) from NotificationDelivery d join d.notification n"
                + where(DeliveryQuery.ALL, scope, parameters)
                + " group by d.status",
            Object[].class);
    parameters.forEach(typed::setParameter);
    Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
    for (DeliveryStatus status : DeliveryStatus.values()) {
      counts.put(status, 0L);
    }
    for (Object[] row : typed.getResultList()) {
      counts.put((DeliveryStatus) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  @Override
  public List<NotificationDelivery> ofNotification(long notificationId) {
    return em.createQuery(
            "select d from NotificationDelivery d where d.notification.id = :id order by d.id",
            NotificationDelivery.class)
        .setParameter("id", notificationId)
        .getResultList();
  }

  private static String where(DeliveryQuery query, Scope scope, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (query.status() != null) {
      where.append(" and d.status = :status");
      parameters.put("status", query.status());
    }
    if (query.channel() != null && !query.channel().isBlank()) {
      where.append(" and d.channel = :channel");
      parameters.put("channel", query.channel().strip());
    }
    if (query.recipient() != null && !query.recipient().isBlank()) {
      where.append(" and n.recipient = :recipient");
      parameters.put("recipient", query.recipient().strip());
    }
    if (query.category() != null && !query.category().isBlank()) {
      where.append(" and n.category = :category");
      parameters.put("category", query.category().strip());
    }
    if (query.from() != null) {
      where.append(" and d.createdAt >= :from");
      parameters.put("from", query.from());
    }
    if (query.to() != null) {
      where.append(" and d.createdAt < :to");
      parameters.put("to", query.to());
    }
    where.append(ScopeCondition.and(scope, "n.recipientUnitPath", false, parameters));
    return where.toString();
  }
}
