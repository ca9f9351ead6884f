package cn.finegov.integration.hotline.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HotlineSignatureTest {

  private static final String SECRET = "hotline-test-secret";
  private static final String TIMESTAMP = "1763860502000";
  private static final Instant AT = Instant.ofEpochMilli(1763860502000L);
  private static final byte[] BODY =
      "{\"gdbh\":\"12345-20261123-000017\",\"xh\":1,\"lx\":\"QS\"}"
          .getBytes(StandardCharsets.UTF_8);

  private final HotlineSignature signature = new HotlineSignature(SECRET);

  /** HMAC-SHA256(secret, timestamp + "\n" + body) as PROTOCOL.md describes it, done here. */
  private static String hmac(String secret, String timestamp, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] prefix = (timestamp + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(body, 0, all, prefix.length, body.length);
    return HexFormat.of().formatHex(mac.doFinal(all));
  }

  @Test
  void theSignatureIsTheHexHmacOfTimestampLineFeedAndBody() throws Exception {
    // Computed outside Java: printf '%s\n%s' <timestamp> <body> | openssl dgst -sha256 -hmac
    // <secret>
    assertThat(signature.sign(TIMESTAMP, BODY))
        .isEqualTo("ebb6bd2362886afec704e58b047df397e308485cf5684b93c33fd2c881e0195c");
    assertThat(signature.sign(TIMESTAMP, "{\"nr\":\"路灯不亮\"}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("20b7340baad90d749467b3f885276e0193797cbbc87905335f0b7bfc1d63fae1");
    assertThat(signature.sign(TIMESTAMP, BODY)).isEqualTo(hmac(SECRET, TIMESTAMP, BODY));
  }

  @Test
  void aRightSignatureIsAcceptedWithinTheWindow() throws Exception {
    String sig = hmac(SECRET, TIMESTAMP, BODY);

    assertThat(signature.verify(TIMESTAMP, sig, BODY, AT)).isTrue();
    assertThat(signature.verify(TIMESTAMP, sig.toUpperCase(Locale.ROOT), BODY, AT)).isTrue();
    assertThat(signature.verify(TIMESTAMP, sig, BODY, AT.plus(Duration.ofSeconds(299)))).isTrue();
    assertThat(signature.verify(TIMESTAMP, sig, BODY, AT.minus(Duration.ofMinutes(5)))).isTrue();
  }

  @Test
  void aChangedBodyIsRejected() throws Exception {
    String sig = hmac(SECRET, TIMESTAMP, BODY);
    byte[] changed = "{\"gdbh\":\"12345-20261123-000017\",\"xh\":2,\"lx\":\"QS\"}".getBytes();

    assertThat(signature.verify(TIMESTAMP, sig, changed, AT)).isFalse();
    assertThat(signature.verify(TIMESTAMP, sig, new byte[0], AT)).isFalse();
  }

  @Test
  void aSignatureWithAnotherSecretIsRejected() throws Exception {
    assertThat(signature.verify(TIMESTAMP, hmac("another-secret", TIMESTAMP, BODY), BODY, AT))
        .isFalse();
    assertThat(
            new HotlineSignature("another-secret")
                .verify(TIMESTAMP, hmac(SECRET, TIMESTAMP, BODY), BODY, AT))
        .isFalse();
  }

  @Test
  void aTimestampSixMinutesAwayIsRejectedEvenWithTheRightSignature() throws Exception {
    String sig = hmac(SECRET, TIMESTAMP, BODY);

    assertThat(signature.verify(TIMESTAMP, sig, BODY, AT.plus(Duration.ofMinutes(6)))).isFalse();
    assertThat(signature.verify(TIMESTAMP, sig, BODY, AT.minus(Duration.ofMinutes(6)))).isFalse();
  }

  @Test
  void aSignatureOfAnotherTimestampIsRejected() throws Exception {
    String sig = hmac(SECRET, "1763860501000", BODY);

    assertThat(signature.verify(TIMESTAMP, sig, BODY, AT)).isFalse();
  }

  @Test
  void missingOrNonNumericValuesAreRejected() throws Exception {
    String sig = hmac(SECRET, TIMESTAMP, BODY);
    String text = "2026-11-23T09:15:02Z";

    assertThat(signature.verify(null, sig, BODY, AT)).isFalse();
    assertThat(signature.verify(TIMESTAMP, null, BODY, AT)).isFalse();
    assertThat(signature.verify("", sig, BODY, AT)).isFalse();
    assertThat(signature.verify(TIMESTAMP, "", BODY, AT)).isFalse();
    assertThat(signature.verify(text, hmac(SECRET, text, BODY), BODY, AT)).isFalse();
  }

  @Test
  void aMissingSecretFailsClearly() {
    assertThatThrownBy(() -> new HotlineSignature(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("hotline.secret");
    assertThatThrownBy(() -> new HotlineSignature("  "))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("hotline.secret");
  }
}
