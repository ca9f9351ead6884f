package cn.finegov.systemtest.hotline;

import cn.finegov.systemtest.Api;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signed calls to the hotline's inbound endpoints, as the hotline makes them (PROTOCOL.md). */
final class HotlineSigning {

  private HotlineSigning() {}

  static Api.Reply post(String path, String body, String secret) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String timestamp = Long.toString(System.currentTimeMillis());
    return Api.anonymous()
        .postBytes(
            path,
            "application/json",
            bytes,
            Map.of(
                "X-Hotline-Timestamp",
                timestamp,
                "X-Hotline-Signature",
                sign(secret, timestamp, bytes)));
  }

  static String sign(String secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + "\n").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
