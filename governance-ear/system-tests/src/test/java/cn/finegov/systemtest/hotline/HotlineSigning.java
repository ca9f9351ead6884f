package cn.finegov.systemtest.hotline;

import cn.finegov.simulators.hotline.HotlineSignature;
import cn.finegov.systemtest.Api;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Signed calls to the hotline's inbound endpoints, as the hotline makes them (PROTOCOL.md), with
 * the simulator's signing.
 */
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
                HotlineSignature.sign(secret, timestamp, bytes)));
  }
}
