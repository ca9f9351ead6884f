package cn.finegov.kernel.domain.model.audit;

import java.util.Optional;

/**
 * The result of walking the chain from its anchor.
 *
 * @param anchorSeq where the walk started (the chain position before the first entry checked)
 * @param verifiedUpTo the last position that verified
 * @param checked number of entries that verified
 * @param broken the first break, or {@code null} when the chain is intact
 */
public record VerificationOutcome(
    long anchorSeq, long verifiedUpTo, long checked, ChainBreak broken) {

  public boolean intact() {
    return broken == null;
  }

  public Optional<ChainBreak> firstBreak() {
    return Optional.ofNullable(broken);
  }
}
