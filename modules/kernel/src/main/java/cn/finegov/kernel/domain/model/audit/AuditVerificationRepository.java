package cn.finegov.kernel.domain.model.audit;

import java.util.List;
import java.util.Optional;

/** The kept results of chain verifications. */
public interface AuditVerificationRepository {

  void store(AuditVerification verification);

  /** The most recent first. */
  List<AuditVerification> recent(int max);

  default Optional<AuditVerification> latest() {
    return recent(1).stream().findFirst();
  }
}
