package cn.finegov.simulators.hotline;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The protocol's signature computed independently of the simulator's code, for the tests. */
final class TestSigner {

  private TestSigner() {}

  static String sign(String secret, String timestamp, byte[] body) {
    try {
      ByteArrayOutputStream message = new ByteArrayOutputStream();
      message.write((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
      message.write(body);
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      StringBuilder hex = new StringBuilder();
      for (byte b : mac.doFinal(message.toByteArray())) {
        hex.append(String.format("%02x", b & 0xff));
      }
      return hex.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
