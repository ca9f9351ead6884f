package cn.finegov.kernel.application.audit;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.api.security.Scope;
import cn.finegov.kernel.domain.model.audit.AuditEntryRepository;
import cn.finegov.kernel.domain.model.audit.AuditQuery;
import cn.finegov.kernel.domain.model.audit.PendingAuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit log. Changes are recorded in the caller's transaction ({@code MANDATORY}): an entry
 * exists exactly when its change was committed. Security events that have no business transaction
 * (logins, failed logins) get their own. Only holders of {@code kernel.audit.read} (the audit
 * administrator) read entries, and only those of actors in their scope. Entries are written without
 * their chain link; {@link AuditChainService} seals them once committed.
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
        new PendingAuditEntry(
            clock.instant(),
            actor.name(),
            actor.displayName(),
            actor.unitCode(),
            actor.unitPath(),
            actors.clientAddress(),
            entityType,
            entityId,
            action,
            AuditValues.toJson(before),
            AuditValues.toJson(after)));
  }

  /**
   * Records a change in a transaction of its own, so that it stays even when the caller's
   * transaction rolls back (a refused attempt worth keeping, e.g. a refused purge).
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void recordApart(
      String entityType,
      String entityId,
      String action,
      Map<String, ?> before,
      Map<String, ?> after) {
    append(actors.current(), entityType, entityId, action, before, after);
  }

  /** Entries matching the filter among those of actors in the reader's scope, newest first. */
  @Transactional(TxType.SUPPORTS)
  public List<AuditEntryView> search(AuditQuery query, int first, int pageSize) {
    Actor actor = actors.requirePermission(KernelPermissions.AUDIT_READ);
    return entries.search(query, actor.scope(), first, Math.min(pageSize, 1000)).stream()
        .map(AuditEntryView::of)
        .toList();
  }

  /** Most entries one export holds. */
  public static final int EXPORT_LIMIT = 50_000;

  /**
   * Up to {@value #EXPORT_LIMIT} entries matching the filter, newest first, for a download; the
   * export itself is audited (who took which filter, how many entries).
   */
  @Transactional
  public List<AuditEntryView> export(AuditQuery query) {
    Actor actor = actors.requirePermission(KernelPermissions.AUDIT_READ);
    List<AuditEntryView> found =
        entries.search(query, actor.scope(), 0, EXPORT_LIMIT).stream()
            .map(AuditEntryView::of)
            .toList();
    Map<String, Object> filter = new LinkedHashMap<>();
    filter.put("actor", query.actor());
    filter.put("unitCode", query.unitCode());
    filter.put("unitPath", query.unitPath());
    filter.put("entityType", query.entityType());
    filter.put("entityId", query.entityId());
    filter.put("action", query.action());
    filter.put("from", query.from() == null ? null : query.from().toString());
    filter.put("to", query.to() == null ? null : query.to().toString());
    filter.values().removeIf(Objects::isNull);
    append(actor, "AuditLog", "export", "EXPORT", filter, Map.of("entries", found.size()));
    return found;
  }

  @Transactional(TxType.SUPPORTS)
  public long count(AuditQuery query) {
    Actor actor = actors.requirePermission(KernelPermissions.AUDIT_READ);
    return entries.count(query, actor.scope());
  }

  /** One entry, if it exists and its actor lies in the reader's scope. */
  @Transactional(TxType.SUPPORTS)
  public Optional<AuditEntryView> find(long id) {
    Actor actor = actors.requirePermission(KernelPermissions.AUDIT_READ);
    Scope scope = actor.scope();
    return entries
        .find(id)
        .filter(
            entry ->
                entry.actorUnitPath() == null
                    ? scope.includesTop()
                    : scope.covers(entry.actorUnitPath()))
        .map(AuditEntryView::of);
  }
}
