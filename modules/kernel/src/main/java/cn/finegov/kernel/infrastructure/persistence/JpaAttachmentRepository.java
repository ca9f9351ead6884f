package cn.finegov.kernel.infrastructure.persistence;

import cn.finegov.kernel.api.attachment.AttachmentOwner;
import cn.finegov.kernel.domain.model.attachment.Attachment;
import cn.finegov.kernel.domain.model.attachment.AttachmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {

  @PersistenceContext(unitName = "kernel")
  private EntityManager em;

  @Override
  public Optional<Attachment> find(long id) {
    return Optional.ofNullable(em.find(Attachment.class, id));
  }

  @Override
  public List<Attachment> listByOwner(AttachmentOwner owner) {
    return em.createQuery(
            "select a from Attachment a where a.ownerModule = :module and a.ownerType = :type"
                + " and a.ownerId = :id and a.deletedAt is null order by a.uploadedAt, a.id",
            Attachment.class)
        .setParameter("module", owner.module())
        .setParameter("type", owner.type())
        .setParameter("id", owner.id())
        .getResultList();
  }

  @Override
  public Attachment store(Attachment attachment) {
    if (attachment.id() == null) {
      em.persist(attachment);
      em.flush();
    }
    return attachment;
  }
}
