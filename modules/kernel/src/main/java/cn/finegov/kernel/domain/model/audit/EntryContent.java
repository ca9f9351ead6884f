package cn.finegov.kernel.domain.model.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * What the chain protects of one audit entry: its identifier and every value written with it.
 *
 * @param id the entry's identifier
 * @param occurredAt when (microsecond precision, as the database keeps it)
 * @param actor login name or system flow
 * @param actorName display name of the actor, or {@code null}
 * @param actorUnit the actor's unit code, or {@code null}
 * @param actorUnitPath the materialised path of that unit, or {@code null}
 * @param clientAddress from where, or {@code null}
 * @param entityType kind of thing changed
 * @param entityId which thing
 * @param action what happened
 * @param beforeValues values before (JSON text), or {@code null}
 * @param afterValues values after (JSON text), or {@code null}
 */
public record EntryContent(
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
    String beforeValues,
    String afterValues) {

  public EntryContent {
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
