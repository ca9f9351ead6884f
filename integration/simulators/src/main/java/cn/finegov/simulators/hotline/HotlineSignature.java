package cn.finegov.simulators.hotline;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The protocol's request signature: {@code X-Hotline-Signature} is the lower-case hex of
 * HMAC-SHA256(secret, timestamp + "\n" + raw body bytes), {@code X-Hotline-Timestamp} the
 * milliseconds since the epoch. A receiver accepts a timestamp at most {@link #REPLAY_WINDOW} away
 * from its clock.
 */
public final class HotlineSignature {

  public static final String TIMESTAMP_HEADER = "X-Hotline-Timestamp";
  public static final String SIGNATURE_HEADER = "X-Hotline-Signature";
  public static final Duration REPLAY_WINDOW = Duration.ofSeconds(300);

  private static final String ALGORITHM = "HmacSHA256";

  private HotlineSignature() {}

  /** The signature of {@code body} sent at {@code timestamp} (milliseconds, as sent). */
  public static String sign(String secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) '\n');
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /**
   * Whether a request carries a valid signature: both headers present, the timestamp a decimal
   * number within the replay window around {@code now}, the signature the expected one (compared in
   * constant time, case-insensitively).
   */
  public static boolean verify(
      String secret, String timestamp, String signature, byte[] body, Instant now) {
    if (timestamp == null || signature == null || !timestamp.matches("[0-9]{1,19}")) {
      return false;
    }
    long millis;
    try {
      millis = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      return false;
    }
    if (Math.abs(now.toEpochMilli() - millis) > REPLAY_WINDOW.toMillis()) {
      return false;
    }
    byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.trim().toLowerCase().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }
}
