package cn.finegov.kernel.application.audit;

import cn.finegov.kernel.domain.model.audit.AuditEntry;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An audit entry as screens and REST show it.
 *
 * @param id identifier, increasing with time
 * @param occurredAt when
 * @param actor login name or system flow
 * @param actorName display name of the actor
 * @param actorUnit the actor's unit code
 * @param actorUnitPath path of that unit
 * @param clientAddress from where
 * @param entityType kind of thing
 * @param entityId which thing
 * @param action what happened
 * @param before values before (JSON text) or {@code null}
 * @param after values after (JSON text) or {@code null}
 * @param chainSeq position in the audit chain, {@code null} until sealed
 * @param hashAlgorithm hash function of its link, {@code null} until sealed
 * @param hash its link hash, {@code null} until sealed
 */
public record AuditEntryView(
    long id,
    Instant occurredAt,
    String actor,
    String actorName,
    String actorUnit,
    String actorUnitPath,
    String clientAddress,
    String entityType,
    String entityId,
    String action,
    String before,
    String after,
    Long chainSeq,
    String hashAlgorithm,
    String hash)
    implements Serializable {

  static AuditEntryView of(AuditEntry entry) {
    return new AuditEntryView(
        entry.id(),
        entry.occurredAt(),
        entry.actor(),
        entry.actorName(),
        entry.actorUnit(),
        entry.actorUnitPath(),
        entry.clientAddress(),
        entry.entityType(),
        entry.entityId(),
        entry.action(),
        entry.beforeValues(),
        entry.afterValues(),
        entry.chainSeq(),
        entry.hashAlgorithm(),
        entry.entryHash());
  }

  /** Whether the entry has its link in the chain. */
  public boolean sealed() {
    return chainSeq != null;
  }

  /** The before and after values side by side, one row per field. */
  public List<ValueChange> changes() {
    return AuditValues.changes(before, after);
  }
}
