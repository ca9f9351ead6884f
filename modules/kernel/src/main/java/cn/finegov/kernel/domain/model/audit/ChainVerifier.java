package cn.finegov.kernel.domain.model.audit;

import cn.finegov.kernel.domain.model.audit.ChainBreak.Problem;
import java.util.Objects;
import java.util.Optional;

/**
 * Walks sealed entries in chain order from the anchor and finds the first link that does not hold.
 * Feed it entries with {@link #accept} while it answers {@code true}, then call {@link #finish}
 * with the chain head. When an entry does not give its stored hash, the next entry tells whether
 * the entry's values or its stored hash were changed (the next link was computed from the original
 * hash); for the last entry the head tells.
 */
public final class ChainVerifier {

  private final long anchorSeq;
  private long lastSeq;
  private String lastHash;
  private long checked;
  private ChainBreak broken;
  private Mismatch pending;

  private record Mismatch(long seq, long entryId, String stored, String computed) {}

  public ChainVerifier(long anchorSeq, String anchorHash) {
    this.anchorSeq = anchorSeq;
    this.lastSeq = anchorSeq;
    this.lastHash = anchorHash;
    if (!AuditChain.wellFormed(anchorHash)) {
      broken =
          new ChainBreak(anchorSeq, null, Problem.ANCHOR_INVALID, AuditChain.GENESIS, anchorHash);
    }
  }

  /**
   * Checks the next entry in chain order.
   *
   * @return whether further entries are worth reading (false once the first break is known)
   */
  public boolean accept(ChainedEntry entry) {
    Objects.requireNonNull(entry, "entry");
    if (broken != null) {
      return false;
    }
    if (pending != null) {
      broken = classify(pending, entry);
      pending = null;
      return false;
    }
    long id = entry.content().id();
    long expectedSeq = lastSeq + 1;
    if (entry.seq() != expectedSeq) {
      broken =
          new ChainBreak(
              expectedSeq,
              id,
              Problem.MISSING_ENTRY,
              Long.toString(expectedSeq),
              Long.toString(entry.seq()));
      return false;
    }
    Optional<HashAlgorithm> algorithm = HashAlgorithm.find(entry.algorithm());
    if (algorithm.isEmpty()) {
      broken =
          new ChainBreak(
              entry.seq(), id, Problem.UNKNOWN_ALGORITHM, "SM3 | SHA-256", entry.algorithm());
      return false;
    }
    String computed = AuditChain.link(lastHash, entry.seq(), algorithm.get(), entry.content());
    if (!computed.equals(entry.hash())) {
      pending = new Mismatch(entry.seq(), id, entry.hash(), computed);
      return true;
    }
    lastSeq = entry.seq();
    lastHash = computed;
    checked++;
    return true;
  }

  /**
   * Ends the walk: the last entry must be the head's.
   *
   * @param headSeq sequence of the chain head
   * @param headHash hash of the chain head
   */
  public VerificationOutcome finish(long headSeq, String headHash) {
    if (pending != null) {
      Mismatch mismatch = pending;
      pending = null;
      Problem problem = Problem.HASH_MISMATCH;
      if (mismatch.seq() == headSeq && mismatch.stored().equals(headHash)) {
        problem = Problem.CONTENT_CHANGED;
      } else if (mismatch.seq() == headSeq && mismatch.computed().equals(headHash)) {
        problem = Problem.HASH_CHANGED;
      }
      broken = breakOf(mismatch, problem);
    }
    if (broken == null && lastSeq < headSeq) {
      broken =
          new ChainBreak(
              lastSeq + 1,
              null,
              Problem.MISSING_ENTRY,
              Long.toString(lastSeq + 1),
              lastSeq == anchorSeq ? "-" : Long.toString(lastSeq));
    } else if (broken == null && (lastSeq != headSeq || !lastHash.equals(headHash))) {
      broken =
          new ChainBreak(
              lastSeq,
              null,
              Problem.HEAD_MISMATCH,
              headSeq + ":" + headHash,
              lastSeq + ":" + lastHash);
    }
    return outcome();
  }

  /** What is known so far. */
  public VerificationOutcome outcome() {
    return new VerificationOutcome(anchorSeq, lastSeq, checked, broken);
  }

  /** The first break found, if any. */
  public Optional<ChainBreak> broken() {
    return Optional.ofNullable(broken);
  }

  /** The hash of the last entry that verified (the anchor before any). */
  public String lastHash() {
    return lastHash;
  }

  private static ChainBreak classify(Mismatch mismatch, ChainedEntry next) {
    Problem problem = Problem.HASH_MISMATCH;
    Optional<HashAlgorithm> algorithm = HashAlgorithm.find(next.algorithm());
    if (next.seq() == mismatch.seq() + 1 && algorithm.isPresent()) {
      if (AuditChain.wellFormed(mismatch.stored())
          && AuditChain.link(mismatch.stored(), next.seq(), algorithm.get(), next.content())
              .equals(next.hash())) {
        problem = Problem.CONTENT_CHANGED;
      } else if (AuditChain.link(mismatch.computed(), next.seq(), algorithm.get(), next.content())
          .equals(next.hash())) {
        problem = Problem.HASH_CHANGED;
      }
    }
    return breakOf(mismatch, problem);
  }

  private static ChainBreak breakOf(Mismatch mismatch, Problem problem) {
    return new ChainBreak(
        mismatch.seq(), mismatch.entryId(), problem, mismatch.computed(), mismatch.stored());
  }
}
