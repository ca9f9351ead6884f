package cn.finegov.kernel.domain.model.audit;

/**
 * A sealed entry as stored: its content and its link, as a verification reads them.
 *
 * @param content the protected values
 * @param seq stored chain position
 * @param algorithm stored label of the hash function
 * @param hash stored hash
 */
public record ChainedEntry(EntryContent content, long seq, String algorithm, String hash) {}
