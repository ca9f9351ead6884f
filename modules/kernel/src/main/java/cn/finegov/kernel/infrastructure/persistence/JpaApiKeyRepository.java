package cn.finegov.kernel.infrastructure.persistence;

import cn.finegov.kernel.domain.model.apikey.ApiKey;
import cn.finegov.kernel.domain.model.apikey.ApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaApiKeyRepository implements ApiKeyRepository {

  @PersistenceContext(unitName = "kernel")
  private EntityManager em;

  @Override
  public Optional<ApiKey> find(long id) {
    return Optional.ofNullable(em.find(ApiKey.class, id));
  }

  @Override
  public Optional<ApiKey> findByPrefix(String prefix) {
    return em.createQuery("select k from ApiKey k where k.prefix = :prefix", ApiKey.class)
        .setParameter("prefix", prefix)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ApiKey> all() {
    return em.createQuery(
            "select k from ApiKey k order by k.createdAt desc, k.id desc", ApiKey.class)
        .getResultList();
  }

  @Override
  public void storeUse(ApiKey key) {
    em.detach(key);
    em.createQuery(
            "update ApiKey k set k.lastUsedAt = :at, k.lastUsedAddress = :address where k.id = :id")
        .setParameter("at", key.lastUsedAt())
        .setParameter("address", key.lastUsedAddress())
        .setParameter("id", key.id())
        .executeUpdate();
  }

  @Override
  public ApiKey store(ApiKey key) {
    if (key.id() == null) {
      em.persist(key);
    }
    return key;
  }
}
