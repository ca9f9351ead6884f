package cn.finegov.kernel.infrastructure.persistence;

import cn.finegov.kernel.api.calendar.DeadlineOwner;
import cn.finegov.kernel.api.calendar.DeadlineStatus;
import cn.finegov.kernel.domain.model.calendar.Deadline;
import cn.finegov.kernel.domain.model.calendar.DeadlineRepository;
import cn.finegov.kernel.domain.model.calendar.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDeadlineRepository implements DeadlineRepository {

  @PersistenceContext(unitName = "kernel")
  private EntityManager em;

  @Override
  public Optional<Deadline> find(long id) {
    return Optional.ofNullable(em.find(Deadline.class, id));
  }

  @Override
  public List<Deadline> ofOwner(DeadlineOwner owner) {
    return em.createQuery(
            "select d from Deadline d where d.ownerModule = :module and d.ownerType = :type"
                + " and d.ownerId = :id order by d.createdAt, d.id",
            Deadline.class)
        .setParameter("module", owner.module())
        .setParameter("type", owner.type())
        .setParameter("id", owner.id())
        .getResultList();
  }

  @Override
  public Optional<Deadline> findOpen(DeadlineOwner owner, String kind) {
    return em.createQuery(
            "select d from Deadline d where d.ownerModule = :module and d.ownerType = :type"
                + " and d.ownerId = :id and d.kind = :kind and d.status = :open",
            Deadline.class)
        .setParameter("module", owner.module())
        .setParameter("type", owner.type())
        .setParameter("id", owner.id())
        .setParameter("kind", kind)
        .setParameter("open", DeadlineStatus.OPEN)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Deadline> openTouching(Region region, LocalDate from, LocalDate to) {
    String jpql =
        "select d from Deadline d where d.status = :open and d.startDate <= :to"
            + " and d.dueDate >= :from"
            + (region.national() ? "" : " and d.regionCode = :region")
            + " order by d.id";
    TypedQuery<Deadline> query =
        em.createQuery(jpql, Deadline.class)
            .setParameter("open", DeadlineStatus.OPEN)
            .setParameter("from", from)
            .setParameter("to", to);
    if (!region.national()) {
      query.setParameter("region", region.code());
    }
    return query.getResultList();
  }

  @Override
  public Deadline store(Deadline deadline) {
    if (deadline.id() == null) {
      em.persist(deadline);
    }
    return deadline;
  }
}
