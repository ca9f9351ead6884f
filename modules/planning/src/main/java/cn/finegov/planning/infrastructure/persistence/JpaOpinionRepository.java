package cn.finegov.planning.infrastructure.persistence;

import cn.finegov.planning.domain.model.opinion.OpinionRepository;
import cn.finegov.planning.domain.model.opinion.OpinionState;
import cn.finegov.planning.domain.model.opinion.PublicOpinion;
import cn.finegov.planning.domain.model.plan.PlanRepository.Reach;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Public opinions in {@code pln_opinion}. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaOpinionRepository implements OpinionRepository {

  @PersistenceContext(unitName = "planning")
  private EntityManager em;

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Optional<PublicOpinion> find(long id) {
    return Optional.ofNullable(em.find(PublicOpinion.class, id));
  }

  @Override
  public void add(PublicOpinion opinion) {
    em.persist(opinion);
  }

  @Override
  public List<PublicOpinion> search(OpinionFilter filter, Reach reach, int first, int max) {
    Where where = where(filter, reach);
    TypedQuery<PublicOpinion> query =
        em.createQuery(
            "select o from PublicOpinion o where " + where.text() + " order by o.dueDate, o.id",
            PublicOpinion.class);
    where.parameters().forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long count(OpinionFilter filter, Reach reach) {
    Where where = where(filter, reach);
    TypedQuery<Long> query =
        em.createQuery("select count(o) from PublicOpinion o where " + where.text(), Long.class);
    where.parameters().forEach(query::setParameter);
    return query.getSingleResult();
  }

  private static Where where(OpinionFilter filter, Reach reach) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    conditions.add("1 = 1");
    if (filter.state() != null) {
      conditions.add("o.state = :state");
      parameters.put("state", filter.state());
    }
    if (filter.overdueOn() != null) {
      conditions.add("o.state <> :answered and o.dueDate < :today");
      parameters.put("answered", OpinionState.ANSWERED);
      parameters.put("today", filter.overdueOn());
    }
    if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
      conditions.add("o.unitCode = :unitCode");
      parameters.put("unitCode", filter.unitCode().strip());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      conditions.add("lower(o.subject) like :text");
      parameters.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
    }
    ReachQuery.add(reach, conditions, parameters, "o.unitPath");
    return new Where(String.join(" and ", conditions), parameters);
  }

  private record Where(String text, Map<String, Object> parameters) {}
}
