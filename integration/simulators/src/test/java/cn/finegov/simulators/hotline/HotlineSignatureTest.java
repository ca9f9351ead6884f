package cn.finegov.simulators.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HotlineSignatureTest {

  private static final String SECRET = "hotline-secret";
  private static final String TIMESTAMP = "1795398902000";
  private static final byte[] BODY =
      "{\"gdbh\":\"12345-20261123-000017\",\"nr\":\"路灯不亮\"}".getBytes(StandardCharsets.UTF_8);
  private static final Instant NOW = Instant.ofEpochMilli(1795398902000L);

  @Test
  void theSignatureIsTheLowerCaseHexHmacOfTimestampNewlineAndBody() {
    String expected = TestSigner.sign(SECRET, TIMESTAMP, BODY);

    assertThat(HotlineSignature.sign(SECRET, TIMESTAMP, BODY))
        .isEqualTo(expected)
        .hasSize(64)
        .matches("[0-9a-f]{64}");
  }

  @Test
  void theSignatureCoversSecretTimestampAndEveryByteOfTheBody() {
    String signature = HotlineSignature.sign(SECRET, TIMESTAMP, BODY);

    assertThat(HotlineSignature.sign("other", TIMESTAMP, BODY)).isNotEqualTo(signature);
    assertThat(HotlineSignature.sign(SECRET, "1795398902001", BODY)).isNotEqualTo(signature);
    byte[] changed = BODY.clone();
    changed[changed.length - 2] ^= 1;
    assertThat(HotlineSignature.sign(SECRET, TIMESTAMP, changed)).isNotEqualTo(signature);
  }

  @Test
  void aCorrectSignatureWithinTheReplayWindowIsAccepted() {
    String signature = TestSigner.sign(SECRET, TIMESTAMP, BODY);

    assertThat(HotlineSignature.verify(SECRET, TIMESTAMP, signature, BODY, NOW)).isTrue();
    assertThat(HotlineSignature.verify(SECRET, TIMESTAMP, signature.toUpperCase(), BODY, NOW))
        .isTrue();
    assertThat(HotlineSignature.verify(SECRET, TIMESTAMP, signature, BODY, NOW.plusSeconds(300)))
        .isTrue();
    assertThat(HotlineSignature.verify(SECRET, TIMESTAMP, signature, BODY, NOW.minusSeconds(300)))
        .isTrue();
  }

  @Test
  void wrongMissingOrStaleSignaturesAreRefused() {
    String signature = TestSigner.sign(SECRET, TIMESTAMP, BODY);

    assertThat(HotlineSignature.verify("other", TIMESTAMP, signature, BODY, NOW)).isFalse();
    assertThat(HotlineSignature.verify(SECRET, TIMESTAMP, signature, "{}".getBytes(), NOW))
        .isFalse();
    assertThat(HotlineSignature.verify(SECRET, null, signature, BODY, NOW)).isFalse();
    assertThat(HotlineSignature.verify(SECRET, TIMESTAMP, null, BODY, NOW)).isFalse();
    assertThat(HotlineSignature.verify(SECRET, "1795398902000.0", signature, BODY, NOW)).isFalse();
    assertThat(HotlineSignature.verify(SECRET, TIMESTAMP, signature, BODY, NOW.plusSeconds(301)))
        .isFalse();
    assertThat(HotlineSignature.verify(SECRET, TIMESTAMP, signature, BODY, NOW.minusSeconds(301)))
        .isFalse();
  }
}
