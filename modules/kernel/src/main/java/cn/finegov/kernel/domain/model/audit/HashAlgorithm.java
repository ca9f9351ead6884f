package cn.finegov.kernel.domain.model.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The hash functions of the audit chain: SM3 (GB/T 32905-2016, the default for commercial
 * cryptography) and SHA-256. Both give 32 bytes. Every sealed entry names the one it was sealed
 * with, so that the chain can switch functions midway and still be verified.
 */
public enum HashAlgorithm {
  SM3("SM3") {
    @Override
    public byte[] digest(byte[]... parts) {
      SM3Digest digest = new SM3Digest();
      for (byte[] part : parts) {
        digest.update(part, 0, part.length);
      }
      byte[] out = new byte[digest.getDigestSize()];
      digest.doFinal(out, 0);
      return out;
    }
  },

  SHA_256("SHA-256") {
    @Override
    public byte[] digest(byte[]... parts) {
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (byte[] part : parts) {
          digest.update(part);
        }
        return digest.digest();
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("Every Java runtime has SHA-256", e);
      }
    }
  };

  /** Length of a digest in bytes (both functions). */
  public static final int DIGEST_BYTES = 32;

  private final String label;

  HashAlgorithm(String label) {
    this.label = label;
  }

  /** The name stored with each entry and used in settings: {@code SM3} or {@code SHA-256}. */
  public String label() {
    return label;
  }

  /** The digest of the concatenation of {@code parts}. */
  public abstract byte[] digest(byte[]... parts);

  /** The function with this label ({@code SM3}, {@code SHA-256}), ignoring case. */
  public static Optional<HashAlgorithm> find(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String wanted = label.strip();
    return Arrays.stream(values()).filter(a -> a.label.equalsIgnoreCase(wanted)).findFirst();
  }
}
