package cn.finegov.planning.infrastructure.persistence;

import cn.finegov.planning.domain.model.plan.AnnualPlan;
import cn.finegov.planning.domain.model.plan.PlanFilter;
import cn.finegov.planning.domain.model.plan.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plans in {@code pln_plan}. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaPlanRepository implements PlanRepository {

  @PersistenceContext(unitName = "planning")
  private EntityManager em;

  @Override
  public Optional<AnnualPlan> find(long id) {
    return Optional.ofNullable(em.find(AnnualPlan.class, id));
  }

  @Override
  public Optional<AnnualPlan> findOf(long unitId, int year) {
    return em.createQuery(
            "select p from AnnualPlan p where p.ownerUnitId = :unit and p.planYear = :yearValue",
            AnnualPlan.class)
        .setParameter("unit", unitId)
        .setParameter("yearValue", year)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(AnnualPlan plan) {
    em.persist(plan);
  }

  @Override
  public void remove(AnnualPlan plan) {
    em.remove(plan);
  }

  @Override
  public boolean hasChildPlans(long planId) {
    return !em.createQuery("select p.id from AnnualPlan p where p.parentPlanId = :p", Long.class)
        .setParameter("p", planId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<AnnualPlan> search(PlanFilter filter, Reach reach, int first, int max) {
    Where where = where(filter, reach);
    TypedQuery<AnnualPlan> query =
        em.createQuery(
            "select p from AnnualPlan p where "
                + where.text
                + " order by p.planYear desc, p.ownerPath, p.id",
            AnnualPlan.class);
    where.parameters.forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long count(PlanFilter filter, Reach reach) {
    Where where = where(filter, reach);
    TypedQuery<Long> query =
        em.createQuery("select count(p) from AnnualPlan p where " + where.text, Long.class);
    where.parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  private record Where(String text, Map<String, Object> parameters) {}

  private static Where where(PlanFilter filter, Reach reach) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    conditions.add("1 = 1");
    if (filter.year() != null) {
      conditions.add("p.planYear = :yearValue");
      parameters.put("yearValue", filter.year());
    }
    if (filter.level() != null) {
      conditions.add("p.level = :level");
      parameters.put("level", filter.level());
    }
    if (filter.state() != null) {
      conditions.add("p.state = :state");
      parameters.put("state", filter.state());
    }
    if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
      conditions.add("p.ownerUnitCode = :unitCode");
      parameters.put("unitCode", filter.unitCode().strip());
    }
    if (!reach.everything()) {
      if (reach.paths().isEmpty()) {
        conditions.add("1 = 0");
      } else {
        List<String> any = new ArrayList<>();
        for (int i = 0; i < reach.paths().size(); i++) {
          any.add("p.ownerPath like :path" + i);
          parameters.put("path" + i, reach.paths().get(i) + "%");
        }
        conditions.add("(" + String.join(" or ", any) + ")");
      }
    }
    return new Where(String.join(" and ", conditions), parameters);
  }
}
