package cn.finegov.kernel.domain.model.audit;

/**
 * What a purge did.
 *
 * @param deleted entries removed
 * @param anchorSeq the anchor afterwards (the last removed link)
 * @param anchorHash its hash
 * @param refusal the break that stopped the purge, or {@code null} when it ran
 */
public record PurgeResult(long deleted, long anchorSeq, String anchorHash, ChainBreak refusal) {

  public boolean refused() {
    return refusal != null;
  }
}
