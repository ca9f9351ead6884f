package cn.finegov.kernel.domain.model.audit;

import java.time.Instant;

/**
 * The chain's head and anchor. The head is the last sealed link; the anchor is the last link
 * removed by a purge (sequence 0 and the genesis hash before any purge): a verification starts from
 * the anchor.
 *
 * @param lastSeq sequence of the last sealed entry, 0 when none is sealed
 * @param lastHash its hash, the genesis hash when none
 * @param lastEntryId its entry, or {@code null}
 * @param sealedAt when the last entries were sealed, or {@code null}
 * @param anchorSeq sequence of the last purged entry, 0 when nothing was purged
 * @param anchorHash its hash, the genesis hash when nothing was purged
 * @param anchoredAt when the last purge ran, or {@code null}
 */
public record ChainState(
    long lastSeq,
    String lastHash,
    Long lastEntryId,
    Instant sealedAt,
    long anchorSeq,
    String anchorHash,
    Instant anchoredAt) {

  /** Entries sealed and not purged. */
  public long length() {
    return lastSeq - anchorSeq;
  }
}
