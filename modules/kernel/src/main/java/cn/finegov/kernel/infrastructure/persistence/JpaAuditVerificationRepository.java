package cn.finegov.kernel.infrastructure.persistence;

import cn.finegov.kernel.domain.model.audit.AuditVerification;
import cn.finegov.kernel.domain.model.audit.AuditVerificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaAuditVerificationRepository implements AuditVerificationRepository {

  @PersistenceContext(unitName = "kernel")
  private EntityManager em;

  @Override
  public void store(AuditVerification verification) {
    em.persist(verification);
  }

  @Override
  public List<AuditVerification> recent(int max) {
    return em.createQuery(
            "select v from AuditVerification v order by v.startedAt desc, v.id desc",
            AuditVerification.class)
        .setMaxResults(Math.max(1, max))
        .getResultList();
  }
}
