package cn.finegov.grid.infrastructure.persistence;

import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.category.RoutingRule;
import cn.finegov.grid.domain.model.category.RoutingRuleEntry;
import cn.finegov.grid.domain.model.category.RoutingRuleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Routing rules in {@code grd_routing_rule}. */
@ApplicationScoped
public class JpaRoutingRuleRepository implements RoutingRuleRepository {

  @PersistenceContext(unitName = "grid")
  private EntityManager em;

  @Override
  public Optional<RoutingRuleEntry> find(long id) {
    return Optional.ofNullable(em.find(RoutingRuleEntry.class, id));
  }

  @Override
  public List<RoutingRuleEntry> all() {
    return em.createQuery(
            "select r from RoutingRuleEntry r order by r.caseKind, r.categoryCode, r.gridCode, r.id",
            RoutingRuleEntry.class)
        .getResultList();
  }

  @Override
  public List<RoutingRule> applicableTo(CategoryCode category) {
    return em.createQuery(
            "select r from RoutingRuleEntry r where r.caseKind is null"
                + " or (r.caseKind = :kind and r.categoryCode = :code)",
            RoutingRuleEntry.class)
        .setParameter("kind", category.kind())
        .setParameter("code", category.code())
        .getResultStream()
        .map(RoutingRuleEntry::rule)
        .toList();
  }

  @Override
  public RoutingRuleEntry store(RoutingRuleEntry entry) {
    if (entry.id() == null) {
      em.persist(entry);
    }
    return entry;
  }

  @Override
  public void remove(RoutingRuleEntry entry) {
    em.remove(em.contains(entry) ? entry : em.merge(entry));
  }
}
