package cn.finegov.integration.egov.orgsync;

import cn.finegov.kernel.api.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The import log: one record per received file, kept in step with the inbox. */
@ApplicationScoped
public class OrgSyncImports {

  /** The idempotent repository of the files already queued (by SHA-256). */
  static final String FILE_REPOSITORY = "egov-orgsync-files";

  @PersistenceContext(unitName = "egov")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private AuditLog audit;

  /**
   * Records a received file on its own, before it is queued (or as a duplicate, which is not
   * queued). Committed at once: the message that {@link OrgSyncIntake} queues next may be applied
   * before the intake returns, and its outcome goes on this record.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public ImportRecord received(OrgDirectoryBatch batch, String channel, boolean duplicate) {
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
   * Stores the outcome of applying a batch on the queued records of its message: normally one; more
   * when a crash during intake left a record whose file was read and queued again (the same
   * content, so the same outcome). A file applied a second time (queued twice by a crash between
   * queueing and remembering it) finds its records finished already and changes nothing. A replayed
   * row, which has no queued record, gets one of its own.
   */
  @Transactional(TxType.REQUIRED)
  public void finish(OrgDirectoryBatch batch, String messageId, ImportRecord.Outcome outcome) {
    String id = messageId == null ? batch.messageId() : messageId;
    List<ImportRecord> queued =
        em.createQuery(
                "select r from ImportRecord r where r.messageId = :id and r.status = :queued",
                ImportRecord.class)
            .setParameter("id", id)
            .setParameter("queued", ImportStatus.QUEUED)
            .getResultList();
    if (queued.isEmpty() && id.equals(batch.messageId()) && recorded(id)) {
      return;
    }
    if (queued.isEmpty()) {
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
      queued = List.of(replay);
    }
    Instant now = clock.instant();
    queued.forEach(record -> record.finish(outcome, now));
  }

  private boolean recorded(String messageId) {
    return !em.createQuery("select r.id from ImportRecord r where r.messageId = :id", Long.class)
        .setParameter("id", messageId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
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
