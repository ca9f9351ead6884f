package cn.finegov.planning.infrastructure.persistence;

import cn.finegov.planning.domain.model.plan.PlanRepository.Reach;
import cn.finegov.planning.domain.model.task.DelayRequest;
import cn.finegov.planning.domain.model.task.GovernanceTask;
import cn.finegov.planning.domain.model.task.ProgressReport;
import cn.finegov.planning.domain.model.task.TaskFilter;
import cn.finegov.planning.domain.model.task.TaskNumber;
import cn.finegov.planning.domain.model.task.TaskRepository;
import cn.finegov.planning.domain.model.task.TaskSource;
import cn.finegov.planning.domain.model.task.TaskState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Tasks in {@code pln_task} with their units, milestones, reports and delay requests. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaTaskRepository implements TaskRepository {

  @PersistenceContext(unitName = "planning")
  private EntityManager em;

  @Override
  public Optional<GovernanceTask> find(TaskNumber number) {
    return em.createQuery(
            "select t from GovernanceTask t where t.number.value = :n", GovernanceTask.class)
        .setParameter("n", number.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<GovernanceTask> findByExternal(TaskSource source, String externalRef) {
    return em.createQuery(
            "select t from GovernanceTask t where t.source = :s and t.externalRef = :r",
            GovernanceTask.class)
        .setParameter("s", source)
        .setParameter("r", externalRef)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<GovernanceTask> findAll(Collection<String> numbers) {
    if (numbers.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select t from GovernanceTask t where t.number.value in :n", GovernanceTask.class)
        .setParameter("n", List.copyOf(numbers))
        .getResultList();
  }

  @Override
  public void add(GovernanceTask task) {
    em.persist(task);
  }

  @Override
  public void remove(GovernanceTask task) {
    em.createQuery("delete from ProgressReport r where r.task = :t")
        .setParameter("t", task)
        .executeUpdate();
    em.createQuery("delete from DelayRequest r where r.task = :t")
        .setParameter("t", task)
        .executeUpdate();
    em.remove(task);
  }

  /**
   * {@inheritDoc}
   *
   * <p>In a short transaction of its own, so that the counter row is locked for a moment only.
   */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long nextSequence(int year) {
    for (int attempt = 0; attempt < 2; attempt++) {
      int updated =
          em.createNativeQuery(
                  "update pln_task_counter set last_value = last_value + 1 where year_number = ?")
              .setParameter(1, year)
              .executeUpdate();
      if (updated == 1) {
        Number value =
            (Number)
                em.createNativeQuery(
                        "select last_value from pln_task_counter where year_number = ?")
                    .setParameter(1, year)
                    .getSingleResult();
        return value.longValue();
      }
      em.createNativeQuery(
              "insert into pln_task_counter (year_number, last_value)"
                  + " select ?, 0 where not exists"
                  + " (select 1 from pln_task_counter where year_number = ?)")
          .setParameter(1, year)
          .setParameter(2, year)
          .executeUpdate();
    }
    throw new IllegalStateException("task counter " + year + " missing");
  }

  @Override
  public List<GovernanceTask> ofPlan(long planId) {
    return em.createQuery(
            "select t from GovernanceTask t where t.planId = :p order by t.number.value",
            GovernanceTask.class)
        .setParameter("p", planId)
        .getResultList();
  }

  @Override
  public long countOfPlan(long planId) {
    return em.createQuery("select count(t) from GovernanceTask t where t.planId = :p", Long.class)
        .setParameter("p", planId)
        .getSingleResult();
  }

  @Override
  public List<GovernanceTask> children(long taskId) {
    return em.createQuery(
            "select t from GovernanceTask t where t.parentId = :p order by t.number.value",
            GovernanceTask.class)
        .setParameter("p", taskId)
        .getResultList();
  }

  @Override
  public Set<Long> withChildren(Collection<Long> taskIds) {
    if (taskIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select distinct t.parentId from GovernanceTask t where t.parentId in :ids",
                Long.class)
            .setParameter("ids", taskIds)
            .getResultList());
  }

  @Override
  public boolean hasChildren(long taskId) {
    return !em.createQuery("select t.id from GovernanceTask t where t.parentId = :p", Long.class)
        .setParameter("p", taskId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<GovernanceTask> descendants(GovernanceTask task, int max) {
    return em.createQuery(
            "select t from GovernanceTask t where t.treePath like :p and t.id <> :id"
                + " order by t.depth, t.number.value",
            GovernanceTask.class)
        .setParameter("p", task.treePath() + "%")
        .setParameter("id", task.id())
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<GovernanceTask> search(TaskFilter filter, Reach reach, int first, int max) {
    Where where = where(filter, reach);
    TypedQuery<GovernanceTask> query =
        em.createQuery(
            "select t from GovernanceTask t where "
                + where.text
                + " order by t.deadline, t.number.value",
            GovernanceTask.class);
    where.parameters.forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long count(TaskFilter filter, Reach reach) {
    Where where = where(filter, reach);
    TypedQuery<Long> query =
        em.createQuery("select count(t) from GovernanceTask t where " + where.text, Long.class);
    where.parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  private record Where(String text, Map<String, Object> parameters) {}

  private static Where where(TaskFilter filter, Reach reach) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    conditions.add("1 = 1");
    if (filter.year() != null) {
      conditions.add("t.taskYear = :yearValue");
      parameters.put("yearValue", filter.year());
    }
    if (filter.planId() != null) {
      conditions.add("t.planId = :plan");
      parameters.put("plan", filter.planId());
    }
    if (filter.state() != null) {
      conditions.add("t.state = :state");
      parameters.put("state", filter.state());
    }
    if (filter.source() != null) {
      conditions.add("t.source = :source");
      parameters.put("source", filter.source());
    }
    if (filter.priority() != null) {
      conditions.add("t.priority = :priority");
      parameters.put("priority", filter.priority());
    }
    if (filter.livelihood() != null) {
      conditions.add("t.livelihood = :livelihood");
      parameters.put("livelihood", filter.livelihood());
    }
    if (filter.immediate() != null) {
      conditions.add("t.immediate = :immediate");
      parameters.put("immediate", filter.immediate());
    }
    if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
      conditions.add(
          "(t.leadUnitCode = :unit or exists (select c from CooperatingUnit c"
              + " where c.task = t and c.unitCode = :unit))");
      parameters.put("unit", filter.unitCode().strip().toUpperCase(Locale.ROOT));
    }
    if (filter.overdueOn() != null) {
      conditions.add("t.state in :running and t.deadline < :today");
      parameters.put(
          "running", List.of(TaskState.ASSIGNED, TaskState.IN_PROGRESS, TaskState.DELAY_REQUESTED));
      parameters.put("today", filter.overdueOn());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      conditions.add("(t.number.value like :text or t.title like :text)");
      parameters.put("text", "%" + filter.text().strip() + "%");
    }
    if (!reach.everything()) {
      if (reach.paths().isEmpty()) {
        conditions.add("1 = 0");
      } else {
        List<String> any = new ArrayList<>();
        for (int i = 0; i < reach.paths().size(); i++) {
          String p = ":path" + i;
          any.add("t.ownerPath like " + p);
          any.add("t.issuingPath like " + p);
          any.add("t.leadPath like " + p);
          any.add(
              "exists (select c from CooperatingUnit c where c.task = t and c.unitPath like "
                  + p
                  + ")");
          parameters.put("path" + i, reach.paths().get(i) + "%");
        }
        conditions.add("(" + String.join(" or ", any) + ")");
      }
    }
    return new Where(String.join(" and ", conditions), parameters);
  }

  @Override
  public void addReport(ProgressReport report) {
    em.persist(report);
  }

  @Override
  public List<ProgressReport> reports(GovernanceTask task) {
    return em.createQuery(
            "select r from ProgressReport r where r.task = :t order by r.reportedAt desc, r.id desc",
            ProgressReport.class)
        .setParameter("t", task)
        .getResultList();
  }

  @Override
  public void addDelayRequest(DelayRequest request) {
    em.persist(request);
  }

  @Override
  public Optional<DelayRequest> findDelayRequest(long id) {
    return Optional.ofNullable(em.find(DelayRequest.class, id));
  }

  @Override
  public List<DelayRequest> delayRequests(GovernanceTask task) {
    return em.createQuery(
            "select r from DelayRequest r where r.task = :t order by r.requestedAt desc, r.id desc",
            DelayRequest.class)
        .setParameter("t", task)
        .getResultList();
  }
}
