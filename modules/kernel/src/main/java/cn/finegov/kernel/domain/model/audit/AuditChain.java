package cn.finegov.kernel.domain.model.audit;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The hash chain over audit entries: how a link is computed and how a run of new entries extends
 * the chain. See {@link CanonicalForm} for what is hashed.
 */
public final class AuditChain {

  /** The hash before the first entry: 32 zero bytes. */
  public static final String GENESIS = "0".repeat(HashAlgorithm.DIGEST_BYTES * 2);

  private static final HexFormat HEX = HexFormat.of();

  private AuditChain() {}

  /**
   * The link of {@code entry} at {@code seq} after a link with hash {@code previousHash}.
   *
   * @throws IllegalArgumentException when {@code previousHash} is not 64 hex digits
   */
  public static String link(
      String previousHash, long seq, HashAlgorithm algorithm, EntryContent entry) {
    byte[] previous = bytes(previousHash);
    return HEX.formatHex(
        algorithm.digest(previous, CanonicalForm.of(seq, algorithm.label(), entry)));
  }

  /**
   * The links that seal {@code entries}, in the given order, after the link {@code lastSeq} with
   * hash {@code lastHash}.
   */
  public static List<ChainLink> extend(
      long lastSeq, String lastHash, HashAlgorithm algorithm, List<EntryContent> entries) {
    Objects.requireNonNull(algorithm, "algorithm");
    List<ChainLink> links = new ArrayList<>(entries.size());
    long seq = lastSeq;
    String hash = lastHash;
    for (EntryContent entry : entries) {
      seq++;
      hash = link(hash, seq, algorithm, entry);
      links.add(new ChainLink(seq, entry.id(), algorithm.label(), hash));
    }
    return links;
  }

  /** Whether {@code hash} is a well-formed link hash (64 lower-case hex digits). */
  public static boolean wellFormed(String hash) {
    if (hash == null || hash.length() != HashAlgorithm.DIGEST_BYTES * 2) {
      return false;
    }
    for (int i = 0; i < hash.length(); i++) {
      char c = hash.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static byte[] bytes(String hash) {
    if (!wellFormed(hash)) {
      throw new IllegalArgumentException("not a link hash: " + hash);
    }
    return HEX.parseHex(hash);
  }
}
