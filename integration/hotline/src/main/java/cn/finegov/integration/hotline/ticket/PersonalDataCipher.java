package cn.finegov.integration.hotline.ticket;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Encryption of a caller's personal data (domain brief 9.3): SM4 in GCM mode with a random 12-byte
 * nonce per value ({@code base64(nonce ‖ ciphertext ‖ tag)}), and a keyed SM3 hash (HMAC-SM3) for
 * looking a number up without decrypting. The key (16 bytes) comes from configuration; the hash key
 * is derived from it, so one secret is kept.
 */
public final class PersonalDataCipher {

  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;
  private final byte[] hashKey;

  /**
   * @param base64Key 16 bytes, base64
   * @throws IllegalStateException when the key is missing or not 16 bytes
   */
  public PersonalDataCipher(String base64Key) {
    if (base64Key == null || base64Key.isBlank()) {
      throw new IllegalStateException("hotline.personal-data.key is not configured");
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(base64Key.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("hotline.personal-data.key is not base64", e);
    }
    if (decoded.length != 16) {
      throw new IllegalStateException(
          "hotline.personal-data.key must be 16 bytes (SM4), not " + decoded.length);
    }
    this.key = decoded;
    this.hashKey = mac(decoded, "hotline-lookup".getBytes(StandardCharsets.US_ASCII));
  }

  /** The value encrypted, or {@code null} for {@code null}. */
  public String encrypt(String plain) {
    if (plain == null) {
      return null;
    }
    byte[] nonce = new byte[NONCE];
    RANDOM.nextBytes(nonce);
    GCMBlockCipher cipher = cipher(true, nonce);
    byte[] input = plain.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[NONCE + cipher.getOutputSize(input.length)];
    System.arraycopy(nonce, 0, out, 0, NONCE);
    int n = cipher.processBytes(input, 0, input.length, out, NONCE);
    try {
      cipher.doFinal(out, NONCE + n);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException(e);
    }
    return Base64.getEncoder().encodeToString(out);
  }

  /**
   * The value decrypted.
   *
   * @throws IllegalStateException when it was not encrypted with this key or was altered
   */
  public String decrypt(String encrypted) {
    if (encrypted == null) {
      return null;
    }
    byte[] all = Base64.getDecoder().decode(encrypted);
    byte[] nonce = java.util.Arrays.copyOf(all, NONCE);
    GCMBlockCipher cipher = cipher(false, nonce);
    byte[] out = new byte[cipher.getOutputSize(all.length - NONCE)];
    int n = cipher.processBytes(all, NONCE, all.length - NONCE, out, 0);
    try {
      n += cipher.doFinal(out, n);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("Personal data cannot be decrypted with this key", e);
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  /** The keyed hash of a phone number (digits only), hex; {@code null} for {@code null}. */
  public String lookupHash(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("[^0-9]", "");
    return HexFormat.of().formatHex(mac(hashKey, digits.getBytes(StandardCharsets.US_ASCII)));
  }

  private GCMBlockCipher cipher(boolean encrypt, byte[] nonce) {
    GCMBlockCipher cipher = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
    cipher.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce));
    return cipher;
  }

  private static byte[] mac(byte[] key, byte[] data) {
    HMac mac = new HMac(new SM3Digest());
    mac.init(new KeyParameter(key));
    mac.update(data, 0, data.length);
    byte[] out = new byte[mac.getMacSize()];
    mac.doFinal(out, 0);
    return out;
  }

  /** {@code 张*} or {@code 张*明}: the first character (and the last of longer names). */
  public static String maskName(String name) {
    if (name == null || name.isEmpty()) {
      return null;
    }
    int[] cps = name.codePoints().toArray();
    if (cps.length == 1) {
      return "*";
    }
    String first = new String(cps, 0, 1);
    return cps.length == 2 ? first + "*" : first + "*" + new String(cps, cps.length - 1, 1);
  }
}
