package cn.finegov.kernel.infrastructure.persistence;

import cn.finegov.kernel.api.security.Scope;
import cn.finegov.kernel.domain.model.audit.AuditEntry;
import cn.finegov.kernel.domain.model.audit.AuditEntryRepository;
import cn.finegov.kernel.domain.model.audit.AuditQuery;
import cn.finegov.kernel.domain.model.audit.PendingAuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaAuditEntryRepository implements AuditEntryRepository {

  @PersistenceContext(unitName = "kernel")
  private EntityManager em;

  @Override
  public void append(PendingAuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public Optional<AuditEntry> find(long id) {
    return Optional.ofNullable(em.find(AuditEntry.class, id));
  }

  @Override
  public List<AuditEntry> search(AuditQuery query, Scope scope, int first, int pageSize) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<AuditEntry> typed =
        em.createQuery(
            "select a from AuditEntry a" + where(query, scope, parameters) + " order by a.id desc",
            AuditEntry.class);
    parameters.forEach(typed::setParameter);
    return typed.setFirstResult(first).setMaxResults(pageSize).getResultList();
  }

  @Override
  public long count(AuditQuery query, Scope scope) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<Long> typed =
        em.createQuery(
            "select count(a) from AuditEntry a" + where(query, scope, parameters), Long.class);
    parameters.forEach(typed::setParameter);
    return typed.getSingleResult();
  }

  private static String where(AuditQuery query, Scope scope, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    equal(where, parameters, "a.actor", "actor", query.actor());
    equal(where, parameters, "a.actorUnit", "unitCode", query.unitCode());
    if (query.unitPath() != null && !query.unitPath().isBlank()) {
      where.append(" and a.actorUnitPath like :unitPath");
      parameters.put("unitPath", query.unitPath().strip() + "%");
    }
    equal(where, parameters, "a.entityType", "entityType", query.entityType());
    equal(where, parameters, "a.entityId", "entityId", query.entityId());
    equal(where, parameters, "a.action", "action", query.action());
    if (query.from() != null) {
      where.append(" and a.occurredAt >= :from");
      parameters.put("from", query.from());
    }
    if (query.to() != null) {
      where.append(" and a.occurredAt < :to");
      parameters.put("to", query.to());
    }
    where.append(ScopeCondition.and(scope, "a.actorUnitPath", scope.includesTop(), parameters));
    return where.toString();
  }

  private static void equal(
      StringBuilder where, Map<String, Object> parameters, String path, String name, String value) {
    if (value != null && !value.isBlank()) {
      where.append(" and ").append(path).append(" = :").append(name);
      parameters.put(name, value.strip());
    }
  }
}
