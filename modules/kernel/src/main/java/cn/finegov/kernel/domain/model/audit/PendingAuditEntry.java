package cn.finegov.kernel.domain.model.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A new audit entry, written in the transaction of the change into {@code krn_audit_pending}: a
 * table with no index but its key, so that recording stays cheap. The sealer moves it into the
 * chain ({@code krn_audit_entry}) once committed; the log shows it meanwhile without a link.
 */
@Entity
@Table(name = "krn_audit_pending")
public class PendingAuditEntry extends AuditRecord {

  private static final long serialVersionUID = 1L;

  protected PendingAuditEntry() {}

  public PendingAuditEntry(
      Instant occurredAt,
      String actor,
      String actorName,
      String actorUnit,
      String actorUnitPath,
      String clientAddress,
      String entityType,
      String entityId,
      String action,
      String beforeValues,
      String afterValues) {
    super(
        occurredAt,
        actor,
        actorName,
        actorUnit,
        actorUnitPath,
        clientAddress,
        entityType,
        entityId,
        action,
        beforeValues,
        afterValues);
  }
}
