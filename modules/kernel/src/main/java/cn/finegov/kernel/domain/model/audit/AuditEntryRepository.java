package cn.finegov.kernel.domain.model.audit;

import cn.finegov.kernel.api.security.Scope;
import java.util.List;
import java.util.Optional;

/**
 * Appends and searches audit entries; there is no update and no delete (sealing and purging belong
 * to {@link AuditChainRepository}).
 */
public interface AuditEntryRepository {

  void append(PendingAuditEntry entry);

  Optional<AuditEntry> find(long id);

  /**
   * Entries of actors inside the scope (and of system flows when the scope includes the top of the
   * tree), newest first.
   */
  List<AuditEntry> search(AuditQuery query, Scope scope, int first, int pageSize);

  long count(AuditQuery query, Scope scope);
}
