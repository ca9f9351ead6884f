package cn.finegov.kernel.application.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * The audit chain as the audit administrator sees it.
 *
 * @param lastSeq position of the last sealed entry
 * @param lastHash its hash
 * @param lastEntryId that entry, or {@code null}
 * @param sealedAt when entries were last sealed, or {@code null}
 * @param anchorSeq position of the last purged entry (0 when nothing was purged)
 * @param anchorHash its hash
 * @param anchoredAt when the last purge ran, or {@code null}
 * @param unsealed committed entries waiting for their link
 * @param algorithm the hash function new links get ({@code SM3} or {@code SHA-256})
 * @param retentionDays entries younger than this many days cannot be purged
 * @param latest the most recent verification, or {@code null}
 */
public record ChainStatus(
    long lastSeq,
    String lastHash,
    Long lastEntryId,
    Instant sealedAt,
    long anchorSeq,
    String anchorHash,
    Instant anchoredAt,
    long unsealed,
    String algorithm,
    int retentionDays,
    VerificationView latest)
    implements Serializable {}
