package cn.finegov.grid.infrastructure.persistence;

import cn.finegov.grid.domain.model.road.RoadChief;
import cn.finegov.grid.domain.model.road.RoadRepository;
import cn.finegov.grid.domain.model.road.RoadSegment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Road segments and chiefs in {@code grd_road_segment} and {@code grd_road_chief}. */
@ApplicationScoped
public class JpaRoadRepository implements RoadRepository {

  @PersistenceContext(unitName = "grid")
  private EntityManager em;

  @Override
  public Optional<RoadSegment> find(long id) {
    return Optional.ofNullable(em.find(RoadSegment.class, id));
  }

  @Override
  public Optional<RoadSegment> findByCode(String code) {
    return em.createQuery("select s from RoadSegment s where s.code = :code", RoadSegment.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<RoadSegment> search(String text, boolean activeOnly) {
    StringBuilder jpql = new StringBuilder("select s from RoadSegment s where 1 = 1");
    boolean filtered = text != null && !text.isBlank();
    if (filtered) {
      jpql.append(" and (lower(s.code) like :like or lower(s.name) like :like)");
    }
    if (activeOnly) {
      jpql.append(" and s.active = :active");
    }
    TypedQuery<RoadSegment> query =
        em.createQuery(jpql.append(" order by s.code").toString(), RoadSegment.class);
    if (activeOnly) {
      query.setParameter("active", true);
    }
    if (filtered) {
      query.setParameter("like", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
    }
    return query.getResultList();
  }

  @Override
  public RoadSegment store(RoadSegment segment) {
    if (segment.id() == null) {
      em.persist(segment);
      em.flush();
    }
    return segment;
  }

  @Override
  public List<RoadChief> chiefsOf(long segmentId) {
    return em.createQuery(
            "select c from RoadChief c where c.segmentId = :segment order by c.tier, c.id",
            RoadChief.class)
        .setParameter("segment", segmentId)
        .getResultList();
  }

  @Override
  public List<RoadChief> chiefsOf(List<Long> segmentIds) {
    if (segmentIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select c from RoadChief c where c.segmentId in :segments order by c.tier, c.id",
            RoadChief.class)
        .setParameter("segments", segmentIds)
        .getResultList();
  }

  @Override
  public Optional<RoadChief> findChief(long id) {
    return Optional.ofNullable(em.find(RoadChief.class, id));
  }

  @Override
  public List<RoadChief> chiefPostsOf(String username) {
    return em.createQuery(
            "select c from RoadChief c where c.username = :username order by c.segmentId",
            RoadChief.class)
        .setParameter("username", username)
        .getResultList();
  }

  @Override
  public RoadChief store(RoadChief chief) {
    if (chief.id() == null) {
      em.persist(chief);
      em.flush();
    }
    return chief;
  }

  @Override
  public void remove(RoadChief chief) {
    em.remove(chief);
  }
}
