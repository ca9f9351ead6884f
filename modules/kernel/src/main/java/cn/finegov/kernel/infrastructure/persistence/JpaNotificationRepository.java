package cn.finegov.kernel.infrastructure.persistence;

import cn.finegov.kernel.domain.model.notification.Notification;
import cn.finegov.kernel.domain.model.notification.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

  @PersistenceContext(unitName = "kernel")
  private EntityManager em;

  @Override
  public Optional<Notification> find(long id) {
    return Optional.ofNullable(em.find(Notification.class, id));
  }

  @Override
  public Notification store(Notification notification) {
    if (notification.id() == null) {
      em.persist(notification);
    }
    return notification;
  }

  @Override
  public List<Notification> inbox(String recipient, boolean unreadOnly, int first, int max) {
    return em.createQuery(
            "select n from Notification n where n.recipient = :recipient and n.inApp = true"
                + (unreadOnly ? " and n.readAt is null" : "")
                + " order by n.createdAt desc, n.id desc",
            Notification.class)
        .setParameter("recipient", recipient)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countInbox(String recipient, boolean unreadOnly) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipient = :recipient and n.inApp = true"
                + (unreadOnly ? " and n.readAt is null" : ""),
            Long.class)
        .setParameter("recipient", recipient)
        .getSingleResult();
  }

  @Override
  public int markAllRead(String recipient, Instant now) {
    return em.createQuery(
            "update Notification n set n.readAt = :now, n.version = n.version + 1"
                + " where n.recipient = :recipient and n.inApp = true and n.readAt is null")
        .setParameter("now", now)
        .setParameter("recipient", recipient)
        .executeUpdate();
  }
}
