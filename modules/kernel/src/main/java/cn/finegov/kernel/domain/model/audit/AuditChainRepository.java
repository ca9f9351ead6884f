package cn.finegov.kernel.domain.model.audit;

import java.time.Instant;

/**
 * The chain over the audit table: sealing committed entries, verifying, purging old ones. Every
 * method runs in the caller's transaction.
 */
public interface AuditChainRepository {

  /** The head and anchor as committed. */
  ChainState state();

  /**
   * Seals up to {@code max} committed entries that have no link yet, in the order of their
   * identifiers, after the current head (which it locks, so that sealers in several servers take
   * turns).
   *
   * @return the number of entries sealed
   */
  int sealNext(HashAlgorithm algorithm, int max);

  /** Committed entries not sealed yet. */
  long unsealedCount();

  /** Walks the chain from the anchor to the head. */
  VerificationOutcome verify();

  /**
   * Deletes the longest run of sealed entries from the anchor on whose entries all occurred before
   * {@code before}, after verifying it, and makes its last link the new anchor. Refuses (without
   * deleting) when the run does not verify.
   */
  PurgeResult purgeBefore(Instant before);

  /** The database's clock (the one its guard compares with), for retention checks. */
  Instant databaseTime();
}
