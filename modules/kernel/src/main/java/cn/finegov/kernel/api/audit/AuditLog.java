package cn.finegov.kernel.api.audit;

import java.util.Map;

/**
 * Appends audit entries. Callers must be inside the transaction of the change they record, so that
 * the entry and the change are committed or rolled back together; the actor, its unit, the client
 * address and the time are taken from the current context.
 */
public interface AuditLog {

  /**
   * Records a change.
   *
   * @param entityType kind of thing changed, e.g. {@code OrgUnit}
   * @param entityId its identifier
   * @param action what happened, e.g. {@code CREATE}, {@code UPDATE}, {@code DEACTIVATE}
   * @param before the changed values before, empty for a creation
   * @param after the changed values after, empty for a deletion
   */
  void record(
      String entityType,
      String entityId,
      String action,
      Map<String, ?> before,
      Map<String, ?> after);

  /** Records an event without before and after values (a login, a replay). */
  default void record(String entityType, String entityId, String action) {
    record(entityType, entityId, action, Map.of(), Map.of());
  }
}
