package cn.finegov.planning.infrastructure.persistence;

import cn.finegov.planning.domain.model.evaluation.EvaluationRepository;
import cn.finegov.planning.domain.model.evaluation.EvaluationRound;
import cn.finegov.planning.domain.model.evaluation.EvaluationScore;
import cn.finegov.planning.domain.model.evaluation.EvaluationState;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.plan.PlanRepository.Reach;
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

/** Evaluation rounds in {@code pln_evaluation}, scores in {@code pln_evaluation_score}. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaEvaluationRepository implements EvaluationRepository {

  @PersistenceContext(unitName = "planning")
  private EntityManager em;

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Optional<EvaluationRound> find(long id) {
    return Optional.ofNullable(em.find(EvaluationRound.class, id));
  }

  @Override
  public Optional<EvaluationRound> findOf(long unitId, int year, PlanLevel level) {
    return em.createQuery(
            "select r from EvaluationRound r where r.unitId = :unit and r.evalYear = :yearValue"
                + " and r.level = :level",
            EvaluationRound.class)
        .setParameter("unit", unitId)
        .setParameter("yearValue", year)
        .setParameter("level", level)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(EvaluationRound round) {
    em.persist(round);
  }

  @Override
  public List<EvaluationRound> search(Integer year, Reach reach, int first, int max) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    conditions.add("1 = 1");
    if (year != null) {
      conditions.add("r.evalYear = :yearValue");
      parameters.put("yearValue", year);
    }
    ReachQuery.add(reach, conditions, parameters, "r.unitPath");
    TypedQuery<EvaluationRound> query =
        em.createQuery(
            "select r from EvaluationRound r where "
                + String.join(" and ", conditions)
                + " order by r.evalYear desc, r.unitPath, r.id",
            EvaluationRound.class);
    parameters.forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long count(Integer year, Reach reach) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    conditions.add("1 = 1");
    if (year != null) {
      conditions.add("r.evalYear = :yearValue");
      parameters.put("yearValue", year);
    }
    ReachQuery.add(reach, conditions, parameters, "r.unitPath");
    TypedQuery<Long> query =
        em.createQuery(
            "select count(r) from EvaluationRound r where " + String.join(" and ", conditions),
            Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  @Override
  public List<EvaluationRound> published(Integer year, int max) {
    String text =
        "select r from EvaluationRound r where r.state = :published"
            + (year == null ? "" : " and r.evalYear = :yearValue")
            + " order by r.evalYear desc, r.publishedAt desc, r.id desc";
    TypedQuery<EvaluationRound> query =
        em.createQuery(text, EvaluationRound.class)
            .setParameter("published", EvaluationState.PUBLISHED);
    if (year != null) {
      query.setParameter("yearValue", year);
    }
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public Optional<EvaluationScore> score(long evaluationId, long planId) {
    return em.createQuery(
            "select s from EvaluationScore s where s.evaluationId = :round and s.planId = :plan",
            EvaluationScore.class)
        .setParameter("round", evaluationId)
        .setParameter("plan", planId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void addScore(EvaluationScore score) {
    em.persist(score);
  }

  @Override
  public List<EvaluationScore> scores(long evaluationId) {
    return em.createQuery(
            "select s from EvaluationScore s where s.evaluationId = :round order by s.unitPath",
            EvaluationScore.class)
        .setParameter("round", evaluationId)
        .getResultList();
  }

  @Override
  public long countScores(long evaluationId) {
    return em.createQuery(
            "select count(s) from EvaluationScore s where s.evaluationId = :round", Long.class)
        .setParameter("round", evaluationId)
        .getSingleResult();
  }
}
