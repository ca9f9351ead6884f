package cn.finegov.kernel.domain.model.audit;

import java.time.Instant;

/** Sample entries for the chain tests. */
final class AuditEntries {

  static final Instant T0 = Instant.parse("2026-03-02T01:02:03.456789Z");

  private AuditEntries() {}

  static EntryContent entry(long id) {
    return new EntryContent(
        id,
        T0.plusSeconds(id),
        "sysadmin",
        "王建国",
        "990100-ZW",
        "/1/7/",
        "10.0.0." + id,
        "OrgUnit",
        Long.toString(100 + id),
        "UPDATE",
        "{\"name\":\"旧名称 " + id + "\"}",
        "{\"name\":\"新名称 " + id + "\"}");
  }

  static EntryContent withAfter(EntryContent e, String after) {
    return new EntryContent(
        e.id(),
        e.occurredAt(),
        e.actor(),
        e.actorName(),
        e.actorUnit(),
        e.actorUnitPath(),
        e.clientAddress(),
        e.entityType(),
        e.entityId(),
        e.action(),
        e.beforeValues(),
        after);
  }
}
