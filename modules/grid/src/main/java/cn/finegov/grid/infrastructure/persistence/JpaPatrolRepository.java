package cn.finegov.grid.infrastructure.persistence;

import cn.finegov.grid.domain.model.road.Patrol;
import cn.finegov.grid.domain.model.road.PatrolPoint;
import cn.finegov.grid.domain.model.road.PatrolRepository;
import cn.finegov.grid.domain.model.road.TrackPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Patrols and track points in {@code grd_patrol} and {@code grd_patrol_point}. */
@ApplicationScoped
public class JpaPatrolRepository implements PatrolRepository {

  @PersistenceContext(unitName = "grid")
  private EntityManager em;

  @Override
  public Optional<Patrol> find(long id) {
    return Optional.ofNullable(em.find(Patrol.class, id));
  }

  @Override
  public Optional<Patrol> openPatrolOf(String username) {
    return em.createQuery(
            "select p from Patrol p where p.chiefUsername = :chief and p.endedAt is null"
                + " order by p.startedAt desc",
            Patrol.class)
        .setParameter("chief", username)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Patrol> openStartedBefore(Instant startedBefore) {
    return em.createQuery(
            "select p from Patrol p where p.endedAt is null and p.startedAt < :before",
            Patrol.class)
        .setParameter("before", startedBefore)
        .setMaxResults(500)
        .getResultList();
  }

  @Override
  public List<Patrol> search(Long segmentId, Instant from, Instant to, String chief, int max) {
    StringBuilder jpql = new StringBuilder("select p from Patrol p where 1 = 1");
    if (segmentId != null) {
      jpql.append(" and p.segmentId = :segment");
    }
    if (from != null) {
      jpql.append(" and p.startedAt >= :from");
    }
    if (to != null) {
      jpql.append(" and p.startedAt < :to");
    }
    if (chief != null) {
      jpql.append(" and p.chiefUsername = :chief");
    }
    jpql.append(" order by p.startedAt desc, p.id desc");
    TypedQuery<Patrol> query = em.createQuery(jpql.toString(), Patrol.class);
    if (segmentId != null) {
      query.setParameter("segment", segmentId);
    }
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    if (chief != null) {
      query.setParameter("chief", chief);
    }
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public Patrol store(Patrol patrol) {
    if (patrol.id() == null) {
      em.persist(patrol);
      em.flush();
    }
    return patrol;
  }

  @Override
  public void add(PatrolPoint point) {
    em.persist(point);
  }

  @Override
  public List<TrackPoint> track(long patrolId) {
    return em
        .createQuery(
            "select p from PatrolPoint p where p.patrolId = :patrol order by p.recordedAt",
            PatrolPoint.class)
        .setParameter("patrol", patrolId)
        .getResultList()
        .stream()
        .map(PatrolPoint::point)
        .toList();
  }
}
