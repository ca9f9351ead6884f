package cn.finegov.kernel.application.audit;

import cn.finegov.kernel.domain.model.audit.AuditVerification;
import java.io.Serializable;
import java.time.Instant;

/**
 * A kept verification of the audit chain.
 *
 * @param id identifier
 * @param startedAt when it started
 * @param finishedAt when it ended
 * @param requestedBy who asked (login name, or {@code system:audit-verifier} for the nightly job)
 * @param trigger {@code MANUAL} or {@code SCHEDULED}
 * @param intact whether every link from the anchor to the head held
 * @param anchorSeq where it started (the last purged position, 0 when nothing was purged)
 * @param verifiedUpTo the last position that verified
 * @param entriesChecked entries that verified
 * @param unsealed entries not sealed yet when it ran
 * @param brokenSeq position of the first broken link, or {@code null}
 * @param brokenEntryId the entry there, or {@code null}
 * @param problem what did not match ({@code CONTENT_CHANGED}, {@code HASH_CHANGED}, {@code
 *     HASH_MISMATCH}, {@code MISSING_ENTRY}, {@code UNKNOWN_ALGORITHM}, {@code HEAD_MISMATCH},
 *     {@code ANCHOR_INVALID}), or {@code null}
 * @param expected what the verification computed or expected there
 * @param found what is stored there
 */
public record VerificationView(
    long id,
    Instant startedAt,
    Instant finishedAt,
    String requestedBy,
    String trigger,
    boolean intact,
    long anchorSeq,
    long verifiedUpTo,
    long entriesChecked,
    long unsealed,
    Long brokenSeq,
    Long brokenEntryId,
    String problem,
    String expected,
    String found)
    implements Serializable {

  static VerificationView of(AuditVerification verification) {
    return new VerificationView(
        verification.id(),
        verification.startedAt(),
        verification.finishedAt(),
        verification.requestedBy(),
        verification.trigger().name(),
        verification.intact(),
        verification.anchorSeq(),
        verification.verifiedUpTo(),
        verification.entriesChecked(),
        verification.unsealed(),
        verification.brokenSeq(),
        verification.brokenEntryId(),
        verification.problem() == null ? null : verification.problem().name(),
        verification.expectedValue(),
        verification.foundValue());
  }
}
