package cn.finegov.simulators.hotline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Signed POSTs to the suite with bounded retries: a 503, another 5xx, a 404 (the application not
 * deployed yet), 408, 429 or a connection error is tried again after a pause that doubles up to the
 * maximum (or the server's {@code Retry-After}, within the maximum); while the hotline is down
 * nothing is sent and no attempt is counted.
 */
final class Pusher {

  /**
   * The answer to a push.
   *
   * @param status the last HTTP status, 0 when none came
   * @param body the parsed answer, {@code null} when none or not JSON
   * @param attempts the number of calls
   * @param error why the hotline gave up, {@code null} when an answer was final
   */
  record Answer(int status, JsonNode body, int attempts, String error) {}

  private final HotlineSettings settings;
  private final Availability availability;
  private final HttpClient client;

  Pusher(HotlineSettings settings, Availability availability) {
    this.settings = settings;
    this.availability = availability;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** POSTs {@code body} to {@code <suite-url><path>}. */
  Answer post(String path, String body) {
    if (settings.suiteUrl() == null) {
      return new Answer(0, null, 0, "no suite URL configured");
    }
    URI uri = URI.create(settings.suiteUrl() + path);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    long pause = settings.initialBackoff().toMillis();
    String lastError = null;
    int status = 0;
    for (int attempt = 1; ; attempt++) {
      long retryAfter = 0;
      try {
        availability.awaitUp();
        String timestamp = String.valueOf(System.currentTimeMillis());
        HttpRequest request =
            HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header(HotlineSignature.TIMESTAMP_HEADER, timestamp)
                .header(
                    HotlineSignature.SIGNATURE_HEADER,
                    HotlineSignature.sign(settings.secret(), timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        HttpResponse<String> response =
            client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        status = response.statusCode();
        if (!retriable(status)) {
          return new Answer(status, Json.read(response.body()), attempt, null);
        }
        lastError = "HTTP " + status;
        retryAfter =
            response
                .headers()
                .firstValue("Retry-After")
                .filter(v -> v.matches("[0-9]{1,6}"))
                .map(v -> Long.parseLong(v) * 1000)
                .orElse(0L);
      } catch (IOException e) {
        status = 0;
        lastError =
            e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Answer(status, null, attempt, "interrupted");
      }
      if (attempt >= settings.pushAttempts()) {
        return new Answer(
            status, null, attempt, "gave up after " + attempt + " attempts: " + lastError);
      }
      try {
        Thread.sleep(Math.min(Math.max(pause, retryAfter), settings.maxBackoff().toMillis()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Answer(status, null, attempt, "interrupted");
      }
      pause = Math.min(pause * 2, settings.maxBackoff().toMillis());
    }
  }

  /**
   * 503 and other 5xx, 429, 408, and 404: a server that is starting answers 404 until the suite is
   * deployed (a correct suite never answers a push 404).
   */
  private static boolean retriable(int status) {
    return status == 404 || status == 408 || status == 429 || status >= 500;
  }
}
