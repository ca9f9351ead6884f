package cn.finegov.integration.egov.orgsync;

import cn.finegov.integration.runtime.api.DeadLetters;
import cn.finegov.integration.runtime.api.Inbox;
import cn.finegov.integration.runtime.idempotent.IdempotentRepositories;
import cn.finegov.kernel.api.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.spi.IdempotentRepository;

/** The import log: one record per received file, kept in step with the inbox. */
@ApplicationScoped
public class OrgSyncImports {

  /** The idempotent repository of the files already queued (by SHA-256). */
  static final String FILE_REPOSITORY = "egov-orgsync-files";

  @PersistenceContext(unitName = "egov")
  private EntityManager em;

  @Inject private IdempotentRepositories repositories;

  @Inject private Inbox inbox;
  @Inject private Clock clock;
  @Inject private AuditLog audit;

  /**
   * Queues a file once: in one transaction, either records it as a duplicate (its content was
   * queued before), or remembers its identity, records the import and puts the rows in the inbox.
   * Either everything commits or nothing does, so a crash never leaves a file remembered but not
   * queued.
   */
  @Transactional(TxType.REQUIRED)
  public ImportRecord queueOnce(OrgDirectoryBatch batch, String channel) {
    IdempotentRepository received = repositories.named(FILE_REPOSITORY);
    boolean duplicate = received.contains(batch.messageId());
    ImportRecord record =
        new ImportRecord(
            batch.messageId(),
            batch.fileName(),
            channel,
            batch.charset(),
            duplicate ? ImportStatus.DUPLICATE : ImportStatus.QUEUED,
            duplicate ? 0 : batch.rows().size(),
            clock.instant());
    em.persist(record);
    if (!duplicate) {
      received.add(batch.messageId());
      inbox.enqueue(
          OrgDirectoryRoutes.FLOW,
          batch.messageId(),
          BatchJson.write(batch),
          Map.of(DeadLetters.SOURCE, batch.fileName() == null ? "" : batch.fileName()));
    }
    em.flush();
    return record;
  }

  /** Records a file that could not be read. */
  @Transactional(TxType.REQUIRES_NEW)
  public long failed(String fileName, String messageId, String channel, String reason) {
    ImportRecord record =
        new ImportRecord(
            messageId, fileName, channel, null, ImportStatus.QUEUED, 0, clock.instant());
    record.failed(reason, clock.instant());
    em.persist(record);
    return record.id();
  }

  /**
   * Stores the outcome of applying a batch on the queued record of its message; a replayed row,
   * which has no queued record, gets one of its own.
   */
  @Transactional(TxType.REQUIRED)
  public void finish(OrgDirectoryBatch batch, String messageId, ImportRecord.Outcome outcome) {
    String id = messageId == null ? batch.messageId() : messageId;
    ImportRecord record =
        em.createQuery(
                "select r from ImportRecord r where r.messageId = :id and r.status = :queued order by r.id desc",
                ImportRecord.class)
            .setParameter("id", id)
            .setParameter("queued", ImportStatus.QUEUED)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  ImportRecord replay =
                      new ImportRecord(
                          id,
                          batch.fileName(),
                          "replay",
                          batch.charset(),
                          ImportStatus.QUEUED,
                          batch.rows().size(),
                          clock.instant());
                  em.persist(replay);
                  return replay;
                });
    record.finish(outcome, clock.instant());
  }

  /** Audits a manual upload by the current administrator. */
  @Transactional(TxType.REQUIRES_NEW)
  public void auditUpload(long importId, String fileName) {
    audit.record(
        "OrgSyncImport", String.valueOf(importId), "UPLOAD", Map.of(), Map.of("file", fileName));
  }

  @Transactional(TxType.SUPPORTS)
  public List<ImportRecord> list(int first, int max) {
    return em.createQuery("select r from ImportRecord r order by r.id desc", ImportRecord.class)
        .setFirstResult(first)
        .setMaxResults(Math.min(max, 1000))
        .getResultList();
  }

  @Transactional(TxType.SUPPORTS)
  public long count() {
    return em.createQuery("select count(r) from ImportRecord r", Long.class).getSingleResult();
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<ImportRecord> find(long id) {
    return Optional.ofNullable(em.find(ImportRecord.class, id));
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<ImportRecord> latest() {
    return list(0, 1).stream().findFirst();
  }
}
