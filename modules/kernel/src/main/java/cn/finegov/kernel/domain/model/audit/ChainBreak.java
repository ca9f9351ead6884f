package cn.finegov.kernel.domain.model.audit;

/**
 * The first place where the chain does not hold.
 *
 * @param seq chain position where it breaks
 * @param entryId the entry found there (for a missing entry: the next entry found), or {@code null}
 *     when there is none
 * @param problem what did not match
 * @param expected what the verification computed or expected
 * @param found what is stored
 */
public record ChainBreak(long seq, Long entryId, Problem problem, String expected, String found) {

  /** What did not match. */
  public enum Problem {
    /**
     * The entry's values no longer give its stored hash, and the next link was made from that
     * stored hash: the entry's values were changed after sealing (or the previous entry's values
     * and hash together, which breaks the chain here, at the first link that no longer fits).
     */
    CONTENT_CHANGED,
    /**
     * The stored hash differs from the one the entry's values give, and the next link was made from
     * the latter: the stored hash was changed.
     */
    HASH_CHANGED,
    /** The entry's values do not give its stored hash (which of the two changed is unknown). */
    HASH_MISMATCH,
    /** No entry at this position: the sequence has a gap. */
    MISSING_ENTRY,
    /** The entry names a hash function this system does not know. */
    UNKNOWN_ALGORITHM,
    /** The last entry disagrees with the chain head: entries gone from the end, or head changed. */
    HEAD_MISMATCH,
    /** The anchor kept by the last purge is not a hash at all. */
    ANCHOR_INVALID
  }
}
