package cn.finegov.simulators.hotline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Sends feedback as the suite would, signed with the test's own signer. */
final class FeedbackClient {

  private final HttpClient client = HttpClient.newHttpClient();
  private final URI url;
  private final String secret;

  FeedbackClient(URI url, String secret) {
    this.url = url;
    this.secret = secret;
  }

  HttpResponse<String> send(String body) {
    return send(body, System.currentTimeMillis(), secret);
  }

  HttpResponse<String> send(String body, long timestampMillis, String signingSecret) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String timestamp = String.valueOf(timestampMillis);
    return post(
        HttpRequest.newBuilder(url)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("X-Hotline-Timestamp", timestamp)
            .header("X-Hotline-Signature", TestSigner.sign(signingSecret, timestamp, bytes))
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build());
  }

  HttpResponse<String> post(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String feedback(String gdbh, int xh, String lx, String nr) {
    return "{\"gdbh\":\""
        + gdbh
        + "\",\"xh\":"
        + xh
        + ",\"lx\":\""
        + lx
        + "\",\"sj\":\"2026-11-23T10:02:00+08:00\",\"dw\":\"望江街道城管科\""
        + (nr == null ? "" : ",\"nr\":\"" + nr + "\"")
        + ("YQ".equals(lx) ? ",\"yqts\":5" : "")
        + "}";
  }
}
