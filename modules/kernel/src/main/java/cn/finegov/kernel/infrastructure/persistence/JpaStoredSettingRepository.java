package cn.finegov.kernel.infrastructure.persistence;

import cn.finegov.kernel.domain.model.setting.StoredSetting;
import cn.finegov.kernel.domain.model.setting.StoredSettingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaStoredSettingRepository implements StoredSettingRepository {

  @PersistenceContext(unitName = "kernel")
  private EntityManager em;

  @Override
  public List<StoredSetting> all() {
    return em.createQuery("select s from StoredSetting s", StoredSetting.class).getResultList();
  }

  @Override
  public Optional<StoredSetting> find(String moduleKey, String settingKey) {
    return Optional.ofNullable(
        em.find(StoredSetting.class, new StoredSetting.Key(moduleKey, settingKey)));
  }

  @Override
  public void store(StoredSetting setting) {
    if (!em.contains(setting)) {
      em.persist(setting);
    }
  }

  @Override
  public void delete(StoredSetting setting) {
    em.remove(em.contains(setting) ? setting : em.merge(setting));
  }
}
