package cn.finegov.grid.infrastructure.persistence;

import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.grid.domain.model.grid.GridGroup;
import cn.finegov.grid.domain.model.grid.GridGroupRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaGridGroupRepository implements GridGroupRepository {

  @PersistenceContext(unitName = "grid")
  private EntityManager em;

  @Override
  public Optional<GridGroup> find(GridCode grid) {
    return em.createQuery("select g from GridGroup g where g.grid.value = :code", GridGroup.class)
        .setParameter("code", grid.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<GridGroup> all() {
    return em.createQuery("select g from GridGroup g order by g.grid.value", GridGroup.class)
        .getResultList();
  }

  @Override
  public Set<GridCode> gridsOf(String username) {
    if (username == null || username.isBlank()) {
      return Set.of();
    }
    Set<GridCode> grids = new LinkedHashSet<>();
    em.createQuery(
            "select distinct g.grid.value from GridGroup g join g.members m"
                + " where m.username = :username order by g.grid.value",
            String.class)
        .setParameter("username", username)
        .getResultList()
        .forEach(code -> grids.add(GridCode.of(code)));
    return grids;
  }

  @Override
  public GridGroup store(GridGroup group) {
    if (group.id() == null) {
      em.persist(group);
      return group;
    }
    return em.contains(group) ? group : em.merge(group);
  }

  @Override
  public void delete(GridGroup group) {
    em.remove(em.contains(group) ? group : em.merge(group));
  }
}
