package cn.finegov.kernel.application.audit;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.i18n.MessageKey;
import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.api.notification.NotificationRequest;
import cn.finegov.kernel.api.notification.Recipients;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.application.module.KernelModule;
import cn.finegov.kernel.application.notification.KernelNotificationCategories;
import cn.finegov.kernel.application.notification.NotificationService;
import cn.finegov.kernel.domain.model.audit.AuditChainRepository;
import cn.finegov.kernel.domain.model.audit.AuditVerification;
import cn.finegov.kernel.domain.model.audit.AuditVerification.Trigger;
import cn.finegov.kernel.domain.model.audit.AuditVerificationRepository;
import cn.finegov.kernel.domain.model.audit.ChainBreak;
import cn.finegov.kernel.domain.model.audit.ChainState;
import cn.finegov.kernel.domain.model.audit.PurgeResult;
import cn.finegov.kernel.domain.model.audit.VerificationOutcome;
import cn.finegov.kernel.domain.model.org.OrgUnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The tamper-evident chain over the audit log: sealing committed entries (the sealer job and on
 * demand), verifying it from the anchor to the head (nightly and on demand, results kept), and
 * purging entries older than the retention while keeping the chain verifiable. Verifying and
 * purging need {@code kernel.audit.verify} and are themselves audited.
 */
@ApplicationScoped
public class AuditChainService {

  /** Entity type of the chain's own audit entries. */
  public static final String ENTITY = "AuditChain";

  /** The least retention: network logs are kept six months (Cybersecurity Law Art. 21). */
  public static final int MIN_RETENTION_DAYS = 180;

  private static final Logger LOG = Logger.getLogger(AuditChainService.class.getName());
  private static final String CHAIN = "audit";

  @Inject private AuditChainRepository chain;
  @Inject private AuditVerificationRepository verifications;
  @Inject private AuditSealer sealer;
  @Inject private OrgUnitRepository units;
  @Inject private NotificationService notifications;
  @Inject private AuditService audit;
  @Inject private AuditLog auditLog;
  @Inject private ActorContext actors;
  @Inject private ModuleSettings settings;
  @Inject private Clock clock;

  /**
   * Seals every committed entry that has no link yet, batch by batch, each batch in a transaction
   * of its own. For the sealer job and the operations here; no permission needed, it changes no
   * value.
   *
   * @return the number of entries sealed
   */
  public long sealPending() {
    long sealed = 0;
    int batch;
    do {
      batch = sealer.sealBatch();
      sealed += batch;
    } while (batch == AuditSealer.BATCH);
    return sealed;
  }

  /** Head, anchor, backlog, settings and the last verification. */
  @Transactional(TxType.SUPPORTS)
  public ChainStatus status() {
    actors.requirePermission(KernelPermissions.AUDIT_VERIFY);
    ChainState state = chain.state();
    return new ChainStatus(
        state.lastSeq(),
        state.lastHash(),
        state.lastEntryId(),
        state.sealedAt(),
        state.anchorSeq(),
        state.anchorHash(),
        state.anchoredAt(),
        chain.unsealedCount(),
        sealer.algorithm().label(),
        retentionDays(),
        verifications.latest().map(VerificationView::of).orElse(null));
  }

  /** Seals what is pending now, without waiting for the sealer job. */
  public ChainStatus sealNow() {
    actors.requirePermission(KernelPermissions.AUDIT_VERIFY);
    sealPending();
    return status();
  }

  /**
   * Seals what is pending, then verifies the whole chain from the anchor to the head; keeps and
   * audits the result.
   */
  @Transactional
  public VerificationView verify(Trigger trigger) {
    Actor actor = actors.requirePermission(KernelPermissions.AUDIT_VERIFY);
    sealPending();
    Instant started = clock.instant();
    VerificationOutcome outcome = chain.verify();
    AuditVerification result =
        new AuditVerification(
            outcome, chain.unsealedCount(), started, clock.instant(), actor.name(), trigger);
    verifications.store(result);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("intact", outcome.intact());
    details.put("anchorSeq", outcome.anchorSeq());
    details.put("verifiedUpTo", outcome.verifiedUpTo());
    outcome
        .firstBreak()
        .ifPresent(
            broken -> {
              details.put("brokenSeq", broken.seq());
              details.put("brokenEntryId", broken.entryId());
              details.put("problem", broken.problem());
            });
    auditLog.record(ENTITY, CHAIN, "VERIFY", Map.of(), details);
    outcome.firstBreak().ifPresent(this::alert);
    return VerificationView.of(result);
  }

  /**
   * Tells the audit administrators (whoever verifies the chain for the whole tree) that it is
   * broken, in their inbox and by e-mail, in the verification's transaction; and logs it.
   */
  private void alert(ChainBreak broken) {
    LOG.severe(
        () ->
            String.format(
                "Audit chain broken at sequence %d (entry %s): %s",
                broken.seq(), broken.entryId(), broken.problem()));
    Recipients verifiers =
        units.roots().stream()
            .map(root -> Recipients.holding(KernelPermissions.AUDIT_VERIFY, root.id()))
            .reduce(Recipients::and)
            .orElse(null);
    if (verifiers == null) {
      return;
    }
    notifications.sendAsKernel(
        NotificationRequest.of(
                KernelModule.KEY, KernelNotificationCategories.AUDIT_CHAIN_BROKEN, verifiers)
            .subject("audit.alert.broken.subject", String.valueOf(broken.seq()))
            .body(
                "audit.alert.broken.body",
                String.valueOf(broken.seq()),
                broken.entryId() == null ? "-" : String.valueOf(broken.entryId()),
                new MessageKey("audit.problem." + broken.problem().name()))
            .link("/kernel/audit/entries.xhtml")
            .about(ENTITY, CHAIN)
            .build(),
        "audit-verifier");
  }

  /** The most recent verifications first. */
  @Transactional(TxType.SUPPORTS)
  public List<VerificationView> verifications(int max) {
    actors.requirePermission(KernelPermissions.AUDIT_VERIFY);
    return verifications.recent(Math.max(1, Math.min(max, 200))).stream()
        .map(VerificationView::of)
        .toList();
  }

  /**
   * Removes the sealed entries that occurred before {@code before}, from the anchor on, and moves
   * the anchor to the last one removed. Refused when {@code before} lies within the retention
   * (measured on the database's clock, which its guard uses too) or when the entries to remove do
   * not verify; a refusal is audited as well.
   */
  @Transactional
  public PurgeView purge(Instant before) {
    actors.requirePermission(KernelPermissions.AUDIT_VERIFY);
    if (before == null) {
      throw ValidationException.of("before", "validation.required");
    }
    int retention = retentionDays();
    Instant latest = chain.databaseTime().minus(Duration.ofDays(retention));
    if (before.isAfter(latest)) {
      refused(before, retention, "too-young");
      throw DomainException.rule("audit.purge.too-young", retention, latest.toString());
    }
    sealPending();
    ChainState was = chain.state();
    PurgeResult result = chain.purgeBefore(before);
    if (result.refused()) {
      ChainBreak broken = result.refusal();
      refused(before, retention, "chain-broken");
      throw DomainException.conflict(
          "audit.purge.chain-broken",
          String.valueOf(broken.seq()),
          broken.entryId() == null ? "-" : String.valueOf(broken.entryId()));
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("before", before.toString());
    after.put("retentionDays", retention);
    after.put("deleted", result.deleted());
    after.put("anchorSeq", result.anchorSeq());
    after.put("anchorHash", result.anchorHash());
    auditLog.record(ENTITY, CHAIN, "PURGE", Map.of("anchorSeq", was.anchorSeq()), after);
    return new PurgeView(
        before, result.deleted(), result.anchorSeq(), result.anchorHash(), retention);
  }

  /** The retention in days: the setting, never below {@value #MIN_RETENTION_DAYS}. */
  public int retentionDays() {
    return Math.max(
        MIN_RETENTION_DAYS, settings.getInt(KernelModule.KEY, KernelModule.AUDIT_RETENTION_DAYS));
  }

  private void refused(Instant before, int retention, String reason) {
    audit.recordApart(
        ENTITY,
        CHAIN,
        "PURGE_REFUSED",
        Map.of(),
        Map.of("before", before.toString(), "retentionDays", retention, "reason", reason));
  }
}
