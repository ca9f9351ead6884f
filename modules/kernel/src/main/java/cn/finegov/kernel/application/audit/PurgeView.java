package cn.finegov.kernel.application.audit;

import java.time.Instant;

/**
 * What a purge of old audit entries did.
 *
 * @param before entries that occurred before this time were eligible
 * @param deleted entries removed
 * @param anchorSeq the new anchor: position of the last removed entry
 * @param anchorHash its hash, where verification now starts
 * @param retentionDays the retention that applied
 */
public record PurgeView(
    Instant before, long deleted, long anchorSeq, String anchorHash, int retentionDays) {}
