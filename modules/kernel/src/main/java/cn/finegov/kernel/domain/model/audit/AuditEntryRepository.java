package cn.finegov.kernel.domain.model.audit;

import java.util.List;

/** Appends and searches audit entries; there is no update and no delete. */
public interface AuditEntryRepository {

  void append(AuditEntry entry);

  /** Newest first. */
  List<AuditEntry> search(AuditQuery query, int first, int pageSize);

  long count(AuditQuery query);
}
