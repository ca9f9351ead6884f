package cn.finegov.kernel.infrastructure.mail;

import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.api.notification.DeliveryException;
import cn.finegov.kernel.api.notification.NotificationChannel;
import cn.finegov.kernel.api.notification.OutgoingMessage;
import cn.finegov.kernel.api.notification.RecipientContact;
import cn.finegov.kernel.api.text.JsonTexts;
import cn.finegov.kernel.application.module.KernelModule;
import cn.finegov.kernel.domain.model.notification.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * SMS through an HTTP gateway (the city's SMS platform, or an adapter in front of an operator). The
 * contract: {@code POST <notifications.sms.gateway-url>} with {@code Content-Type:
 * application/json; charset=UTF-8}, the header {@code Idempotency-Key: governance-delivery-<id>}
 * (the same on every attempt of a delivery) and the body
 *
 * <pre>{"messageId": "governance-delivery-42", "attempt": 1, "to": "13812341234",
 *  "text": "subject: body", "category": "kernel.notice", "createdAt": "2026-03-01T08:00:00Z"}</pre>
 *
 * <p>Any 2xx answer means accepted. 408, 429 and 5xx answers, time-outs and connection failures are
 * tried again; any other answer fails the delivery for good. The text is at most 500 characters
 * (the gateway splits it into SMS parts and adds the signature).
 */
@ApplicationScoped
public class SmsGatewayChannel implements NotificationChannel {

  public static final String KEY = "SMS";
  static final int MAX_TEXT = 500;
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Inject private ModuleSettings settings;

  /** For CDI. */
  public SmsGatewayChannel() {}

  /** A channel reading these settings (tests). */
  public SmsGatewayChannel(ModuleSettings settings) {
    this.settings = settings;
  }

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public boolean isEnabled() {
    return settings.getBoolean(KernelModule.KEY, KernelModule.SMS_ENABLED) && !gateway().isBlank();
  }

  @Override
  public Optional<String> addressOf(RecipientContact contact) {
    return Optional.ofNullable(contact.mobile()).filter(mobile -> !mobile.isBlank());
  }

  @Override
  public String masked(String address) {
    return PersonalData.maskPhone(address);
  }

  @Override
  public void deliver(OutgoingMessage message, String address) throws DeliveryException {
    URI gateway;
    try {
      gateway = URI.create(gateway().strip());
    } catch (IllegalArgumentException e) {
      throw new DeliveryException("the SMS gateway address is invalid", e, true);
    }
    String messageId = "governance-delivery-" + message.deliveryId();
    String body =
        JsonTexts.object()
            .add("messageId", messageId)
            .add("attempt", message.attempt())
            .add("to", address)
            .add("text", text(message))
            .add("category", message.category())
            .add("createdAt", DateTimeFormatter.ISO_INSTANT.format(message.createdAt()))
            .build()
            .toString();
    HttpRequest request =
        HttpRequest.newBuilder(gateway)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json; charset=UTF-8")
            .header("Idempotency-Key", messageId)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DeliveryException(
          "SMS gateway not reachable: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("interrupted", e);
    }
    int status = response.statusCode();
    if (status / 100 == 2) {
      return;
    }
    String answer = response.body() == null ? "" : response.body().strip();
    String reason =
        "SMS gateway answered HTTP "
            + status
            + (answer.isEmpty() ? "" : ": " + answer.substring(0, Math.min(200, answer.length())));
    boolean transientFailure = status == 408 || status == 429 || status >= 500;
    throw new DeliveryException(PersonalData.maskIn(reason), null, !transientFailure);
  }

  /** {@code subject: body}, at most {@value #MAX_TEXT} characters. */
  static String text(OutgoingMessage message) {
    String separator = "en".equals(message.recipient().locale().getLanguage()) ? ": " : "：";
    String text =
        message.body().isBlank()
            ? message.subject()
            : message.subject() + separator + message.body();
    if (message.link() != null) {
      text += " " + message.link();
    }
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
  }

  private String gateway() {
    String value = settings.get(KernelModule.KEY, KernelModule.SMS_GATEWAY_URL);
    return value == null ? "" : value;
  }
}
