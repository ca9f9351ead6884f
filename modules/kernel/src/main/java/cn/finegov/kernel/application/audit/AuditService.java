package cn.finegov.kernel.application.audit;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.Roles;
import cn.finegov.kernel.domain.model.audit.AuditEntry;
import cn.finegov.kernel.domain.model.audit.AuditEntryRepository;
import cn.finegov.kernel.domain.model.audit.AuditQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The audit log. Changes are recorded in the caller's transaction ({@code MANDATORY}): an entry
 * exists exactly when its change was committed. Security events that have no business transaction
 * (logins, failed logins) get their own. Only the audit administrator reads entries.
 */
@ApplicationScoped
public class AuditService implements AuditLog {

  @Inject private AuditEntryRepository entries;
  @Inject private ActorContext actors;
  @Inject private Clock clock;

  @Override
  @Transactional(TxType.MANDATORY)
  public void record(
      String entityType,
      String entityId,
      String action,
      Map<String, ?> before,
      Map<String, ?> after) {
    append(actors.current(), entityType, entityId, action, before, after);
  }

  /**
   * Records a security event of {@code actor} (who may not be signed in yet) in a transaction of
   * its own.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void recordSecurityEvent(Actor actor, String action, Map<String, ?> details) {
    append(actor, "Session", actor.name(), action, Map.of(), details);
  }

  private void append(
      Actor actor,
      String entityType,
      String entityId,
      String action,
      Map<String, ?> before,
      Map<String, ?> after) {
    entries.append(
        new AuditEntry(
            clock.instant(),
            actor.name(),
            actor.displayName(),
            actor.unitCode(),
            actors.clientAddress(),
            entityType,
            entityId,
            action,
            AuditValues.toJson(before),
            AuditValues.toJson(after)));
  }

  @Transactional(TxType.SUPPORTS)
  public List<AuditEntry> search(AuditQuery query, int first, int pageSize) {
    actors.requireAnyRole(Roles.AUDIT_ADMIN);
    return entries.search(query, first, Math.min(pageSize, 1000));
  }

  @Transactional(TxType.SUPPORTS)
  public long count(AuditQuery query) {
    actors.requireAnyRole(Roles.AUDIT_ADMIN);
    return entries.count(query);
  }
}
