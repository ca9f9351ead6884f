package cn.finegov.kernel.domain.model.audit;

/**
 * The link that seals one entry into the chain.
 *
 * @param seq position in the chain, gap-free from 1
 * @param entryId the sealed entry
 * @param algorithm label of the hash function ({@link HashAlgorithm#label()})
 * @param hash {@code H(previous hash || canonical form)}, 64 lower-case hex digits
 */
public record ChainLink(long seq, long entryId, String algorithm, String hash) {}
