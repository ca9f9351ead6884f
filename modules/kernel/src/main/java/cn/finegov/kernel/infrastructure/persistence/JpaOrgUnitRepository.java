package cn.finegov.kernel.infrastructure.persistence;

import cn.finegov.kernel.api.org.UnitCode;
import cn.finegov.kernel.api.org.UnitType;
import cn.finegov.kernel.api.security.Scope;
import cn.finegov.kernel.domain.model.org.OrgUnit;
import cn.finegov.kernel.domain.model.org.OrgUnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaOrgUnitRepository implements OrgUnitRepository {

  @PersistenceContext(unitName = "kernel")
  private EntityManager em;

  @Override
  public Optional<OrgUnit> find(long id) {
    return Optional.ofNullable(em.find(OrgUnit.class, id));
  }

  @Override
  public Optional<OrgUnit> findByCode(UnitCode code) {
    return em.createQuery("select u from OrgUnit u where u.code = :code", OrgUnit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<OrgUnit> children(Long parentId) {
    TypedQuery<OrgUnit> query;
    if (parentId == null) {
      query =
          em.createQuery(
              "select u from OrgUnit u where u.parentId is null order by u.sortOrder, u.code.value",
              OrgUnit.class);
    } else {
      query =
          em.createQuery(
                  "select u from OrgUnit u where u.parentId = :parent order by u.sortOrder, u.code.value",
                  OrgUnit.class)
              .setParameter("parent", parentId);
    }
    return query.getResultList();
  }

  @Override
  public List<OrgUnit> subtree(OrgUnit unit) {
    return em.createQuery(
            "select u from OrgUnit u where u.path like :prefix order by u.path", OrgUnit.class)
        .setParameter("prefix", unit.path() + "%")
        .getResultList();
  }

  @Override
  public List<OrgUnit> within(Scope scope) {
    Map<String, Object> parameters = new HashMap<>();
    String inScope = ScopeCondition.and(scope, "u.path", false, parameters);
    TypedQuery<OrgUnit> query =
        em.createQuery(
            "select u from OrgUnit u where 1 = 1" + inScope + " order by u.path", OrgUnit.class);
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  @Override
  public long countActiveChildren(long unitId) {
    return em.createQuery(
            "select count(u) from OrgUnit u where u.parentId = :parent and u.active = true",
            Long.class)
        .setParameter("parent", unitId)
        .getSingleResult();
  }

  @Override
  public Map<Long, Boolean> hasChildren(List<Long> unitIds) {
    Map<Long, Boolean> result = new HashMap<>();
    unitIds.forEach(id -> result.put(id, false));
    if (unitIds.isEmpty()) {
      return result;
    }
    em.createQuery("select distinct u.parentId from OrgUnit u where u.parentId in :ids", Long.class)
        .setParameter("ids", unitIds)
        .getResultList()
        .forEach(id -> result.put(id, true));
    return result;
  }

  @Override
  public Map<UnitType, Long> countActiveByType(Scope scope) {
    Map<UnitType, Long> counts = new EnumMap<>(UnitType.class);
    for (UnitType type : UnitType.values()) {
      counts.put(type, 0L);
    }
    Map<String, Object> parameters = new HashMap<>();
    String inScope = ScopeCondition.and(scope, "u.path", false, parameters);
    TypedQuery<Object[]> query =
        em.createQuery(
            "select u.type, count(u) from OrgUnit u where u.active = true"
                + inScope
                + " group by u.type",
            Object[].class);
    parameters.forEach(query::setParameter);
    query.getResultList().forEach(row -> counts.put((UnitType) row[0], (Long) row[1]));
    return counts;
  }

  @Override
  public void rewritePaths(String oldPrefix, String newPrefix) {
    em.flush();
    em.createQuery(
            "update OrgUnit u set u.path = concat(:newPrefix, substring(u.path, :cut)) "
                + "where u.path like :oldPattern and u.path <> :oldPrefix")
        .setParameter("newPrefix", newPrefix)
        .setParameter("cut", oldPrefix.length() + 1)
        .setParameter("oldPattern", oldPrefix + "%")
        .setParameter("oldPrefix", oldPrefix)
        .executeUpdate();
    em.getEntityManagerFactory().getCache().evict(OrgUnit.class);
  }

  @Override
  public OrgUnit store(OrgUnit unit) {
    if (unit.id() == null) {
      em.persist(unit);
    }
    return unit;
  }

  @Override
  public List<OrgUnit> search(String text, Scope scope, int limit) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("p", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
    String inScope = ScopeCondition.and(scope, "u.path", false, parameters);
    TypedQuery<OrgUnit> query =
        em.createQuery(
            "select u from OrgUnit u where (lower(u.name) like :p or lower(u.code.value) like :p)"
                + inScope
                + " order by u.path",
            OrgUnit.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(limit).getResultList();
  }
}
