package cn.finegov.kernel.infrastructure.persistence;

import cn.finegov.kernel.domain.model.notification.NotificationPreference;
import cn.finegov.kernel.domain.model.notification.NotificationPreferenceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaNotificationPreferenceRepository implements NotificationPreferenceRepository {

  @PersistenceContext(unitName = "kernel")
  private EntityManager em;

  @Override
  public Optional<NotificationPreference> find(String username) {
    return Optional.ofNullable(em.find(NotificationPreference.class, username));
  }

  @Override
  public List<NotificationPreference> findAll(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select p from NotificationPreference p where p.username in :names",
            NotificationPreference.class)
        .setParameter("names", usernames)
        .getResultList();
  }

  @Override
  public NotificationPreference store(NotificationPreference preference) {
    if (!em.contains(preference) && find(preference.username()).isEmpty()) {
      em.persist(preference);
      return preference;
    }
    return em.contains(preference) ? preference : em.merge(preference);
  }
}
