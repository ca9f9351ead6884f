package cn.finegov.kernel.infrastructure.persistence;

import cn.finegov.kernel.domain.model.role.Role;
import cn.finegov.kernel.domain.model.role.RoleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

@ApplicationScoped
public class JpaRoleRepository implements RoleRepository {

  @PersistenceContext(unitName = "kernel")
  private EntityManager em;

  @Inject private Clock clock;

  @Override
  public Optional<Role> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(em.find(Role.class, code));
  }

  @Override
  public List<Role> all() {
    return em.createQuery("select r from Role r order by r.builtIn desc, r.code", Role.class)
        .getResultList();
  }

  @Override
  public List<Role> findAll(Collection<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select r from Role r where r.code in :codes", Role.class)
        .setParameter("codes", codes)
        .getResultList();
  }

  @Override
  public Set<String> permissionsOf(Collection<String> codes) {
    if (codes.isEmpty()) {
      return Set.of();
    }
    return new TreeSet<>(
        em.createQuery(
                "select distinct p from Role r join r.permissions p where r.code in :codes",
                String.class)
            .setParameter("codes", codes)
            .getResultList());
  }

  @Override
  public Role store(Role role) {
    if (em.find(Role.class, role.code()) == null) {
      em.persist(role);
    }
    return role;
  }

  @Override
  public void delete(Role role) {
    em.remove(em.contains(role) ? role : em.merge(role));
  }

  @Override
  public long holders(String code) {
    return em.createQuery(
            "select count(u) from UserAccount u where :code member of u.roles", Long.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  @Override
  public List<String> holderNames(String code) {
    return em.createQuery(
            "select u.username.value from UserAccount u where :code member of u.roles order by u.username.value",
            String.class)
        .setParameter("code", code)
        .getResultList();
  }

  @Override
  public boolean markSeeded(String marker) {
    long existing =
        em.createNativeQuery("select count(*) from krn_seed_marker where marker = ?")
                    .setParameter(1, marker)
                    .getSingleResult()
                instanceof Number number
            ? number.longValue()
            : 0;
    if (existing > 0) {
      return false;
    }
    em.createNativeQuery("insert into krn_seed_marker (marker, applied_at) values (?, ?)")
        .setParameter(1, marker)
        .setParameter(2, java.sql.Timestamp.from(clock.instant()))
        .executeUpdate();
    return true;
  }
}
