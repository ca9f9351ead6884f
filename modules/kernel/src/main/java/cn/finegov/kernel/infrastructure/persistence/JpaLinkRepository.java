package cn.finegov.kernel.infrastructure.persistence;

import cn.finegov.kernel.api.lineage.EntityRef;
import cn.finegov.kernel.domain.model.lineage.Link;
import cn.finegov.kernel.domain.model.lineage.LinkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaLinkRepository implements LinkRepository {

  private static final String ORDER = " order by l.createdAt, l.id";

  @PersistenceContext(unitName = "kernel")
  private EntityManager em;

  @Override
  public Optional<Link> find(EntityRef source, EntityRef target, String relation) {
    TypedQuery<Link> query =
        em.createQuery(
            "select l from Link l where l.sourceModule = :sm and l.sourceType = :st"
                + " and l.sourceId = :si and l.targetModule = :tm and l.targetType = :tt"
                + " and l.targetId = :ti and l.relation = :relation",
            Link.class);
    return bind(bind(query, "s", source), "t", target)
        .setParameter("relation", relation)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Link> toTarget(EntityRef target) {
    return bind(
            em.createQuery(
                "select l from Link l where l.targetModule = :tm and l.targetType = :tt"
                    + " and l.targetId = :ti"
                    + ORDER,
                Link.class),
            "t",
            target)
        .getResultList();
  }

  @Override
  public List<Link> fromSource(EntityRef source) {
    return bind(
            em.createQuery(
                "select l from Link l where l.sourceModule = :sm and l.sourceType = :st"
                    + " and l.sourceId = :si"
                    + ORDER,
                Link.class),
            "s",
            source)
        .getResultList();
  }

  @Override
  public Link store(Link link) {
    if (link.id() == null) {
      em.persist(link);
    }
    return link;
  }

  private static TypedQuery<Link> bind(TypedQuery<Link> query, String side, EntityRef ref) {
    return query
        .setParameter(side + "m", ref.module())
        .setParameter(side + "t", ref.type())
        .setParameter(side + "i", ref.id());
  }
}
