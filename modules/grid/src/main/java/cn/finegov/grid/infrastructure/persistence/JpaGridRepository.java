package cn.finegov.grid.infrastructure.persistence;

import cn.finegov.grid.domain.model.grid.Grid;
import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.grid.domain.model.grid.GridLevel;
import cn.finegov.grid.domain.model.grid.GridRepository;
import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaGridRepository implements GridRepository {

  @PersistenceContext(unitName = "grid")
  private EntityManager em;

  @Override
  public Optional<Grid> find(GridCode code) {
    return em.createQuery("select g from Grid g where g.code.value = :code", Grid.class)
        .setParameter("code", code.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Grid> list(Optional<GridCode> parent, Optional<GridLevel> level) {
    StringBuilder jpql = new StringBuilder("select g from Grid g where 1 = 1");
    parent.ifPresent(p -> jpql.append(" and g.parentCode = :parent"));
    level.ifPresent(l -> jpql.append(" and g.level = :level"));
    jpql.append(" order by g.code.value");
    TypedQuery<Grid> query = em.createQuery(jpql.toString(), Grid.class);
    parent.ifPresent(p -> query.setParameter("parent", p.value()));
    level.ifPresent(l -> query.setParameter("level", l));
    return query.getResultList();
  }

  @Override
  public List<Grid> findAll(Collection<GridCode> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select g from Grid g where g.code.value in :codes order by g.code.value", Grid.class)
        .setParameter("codes", codes.stream().map(GridCode::value).toList())
        .getResultList();
  }

  @Override
  public List<Grid> unitGridsWhoseBoxHolds(GeoPoint point) {
    return em.createQuery(
            "select g from Grid g where g.level = :level and g.active = :active"
                + " and g.minLatitude <= :lat and g.maxLatitude >= :lat"
                + " and g.minLongitude <= :lon and g.maxLongitude >= :lon"
                + " order by g.code.value",
            Grid.class)
        .setParameter("level", GridLevel.UNIT)
        .setParameter("active", true)
        .setParameter("lat", point.latitude())
        .setParameter("lon", point.longitude())
        // No flush of the transaction's changes first: the transactions that locate places (a case
        // or a component reported) change no grid, and a batch of reports writes its cases at the
        // commit in multi-row inserts instead of one by one before each look-up.
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList();
  }

  @Override
  public long countChildren(GridCode parent) {
    return em.createQuery("select count(g) from Grid g where g.parentCode = :parent", Long.class)
        .setParameter("parent", parent.value())
        .getSingleResult();
  }

  @Override
  public Grid store(Grid grid) {
    if (grid.id() == null) {
      em.persist(grid);
      return grid;
    }
    return em.contains(grid) ? grid : em.merge(grid);
  }
}
