package cn.finegov.kernel.domain.model.audit;

import java.time.Instant;

/**
 * Filter of an audit search; {@code null} fields do not filter.
 *
 * @param actor login name of the actor (exact)
 * @param unitCode the actor's unit code (exact)
 * @param unitPath path of a unit: entries of actors in it or below it
 * @param entityType kind of thing changed (exact)
 * @param entityId identifier of the thing changed (exact)
 * @param action what happened (exact)
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 */
public record AuditQuery(
    String actor,
    String unitCode,
    String unitPath,
    String entityType,
    String entityId,
    String action,
    Instant from,
    Instant to) {

  /** A filter without a unit subtree. */
  public AuditQuery(
      String actor,
      String unitCode,
      String entityType,
      String entityId,
      String action,
      Instant from,
      Instant to) {
    this(actor, unitCode, null, entityType, entityId, action, from, to);
  }
}
