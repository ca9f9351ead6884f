package cn.finegov.integration.hotline.message;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of every call between the hotline and the suite: HMAC-SHA256 over the timestamp, a
 * line feed and the body (PROTOCOL.md), with a replay window.
 */
public final class HotlineSignature {

  public static final String TIMESTAMP_HEADER = "X-Hotline-Timestamp";
  public static final String SIGNATURE_HEADER = "X-Hotline-Signature";

  /** How far a timestamp may be from our clock. */
  public static final Duration WINDOW = Duration.ofMinutes(5);

  private final byte[] secret;

  public HotlineSignature(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalStateException("hotline.secret is not configured");
    }
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  public String sign(String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) '\n');
      mac.update(body);
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** Whether the signature is right and the timestamp within the window around {@code now}. */
  public boolean verify(String timestamp, String signature, byte[] body, Instant now) {
    if (timestamp == null || signature == null) {
      return false;
    }
    long millis;
    try {
      millis = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return false;
    }
    if (Duration.between(Instant.ofEpochMilli(millis), now).abs().compareTo(WINDOW) > 0) {
      return false;
    }
    byte[] expected = sign(timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
    byte[] given =
        signature.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }
}
