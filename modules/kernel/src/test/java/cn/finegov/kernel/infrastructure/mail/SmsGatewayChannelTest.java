package cn.finegov.kernel.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.notification.DeliveryException;
import cn.finegov.kernel.api.notification.OutgoingMessage;
import cn.finegov.kernel.api.notification.RecipientContact;
import cn.finegov.kernel.application.module.KernelModule;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMS gateway contract against a real HTTP server (the JDK's). */
class SmsGatewayChannelTest {

  private record Received(String contentType, String idempotencyKey, JsonObject body) {}

  private HttpServer gateway;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile int answer = 202;
  private MapSettings settings;

  @BeforeEach
  void startGateway() throws IOException {
    gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    gateway.createContext(
        "/sms",
        exchange -> {
          String text =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          try (var reader = Json.createReader(new StringReader(text))) {
            received.add(
                new Received(
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    reader.readObject()));
          }
          byte[] reply = "{\"error\":\"bad number 13912345678\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(answer, reply.length);
          exchange.getResponseBody().write(reply);
          exchange.close();
        });
    gateway.start();
    settings =
        new MapSettings()
            .set(KernelModule.SMS_ENABLED, "true")
            .set(
                KernelModule.SMS_GATEWAY_URL,
                "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
  }

  @AfterEach
  void stopGateway() {
    gateway.stop(0);
  }

  private static OutgoingMessage message(Locale locale) {
    return new OutgoingMessage(
        42,
        2,
        "kernel.notice",
        new RecipientContact("leader", "陈立明", null, "13912345678", locale),
        "停水通知",
        "明天 8:00-12:00 停水",
        null,
        Instant.parse("2026-03-02T01:00:00Z"));
  }

  @Test
  void theMessageIsPostedAsJsonWithAStableIdempotencyKey() throws DeliveryException {
    SmsGatewayChannel channel = new SmsGatewayChannel(settings);

    channel.deliver(message(Locale.SIMPLIFIED_CHINESE), "13912345678");

    assertThat(received).hasSize(1);
    Received request = received.get(0);
    assertThat(request.contentType()).isEqualTo("application/json; charset=UTF-8");
    assertThat(request.idempotencyKey()).isEqualTo("governance-delivery-42");
    assertThat(request.body().getString("messageId")).isEqualTo("governance-delivery-42");
    assertThat(request.body().getInt("attempt")).isEqualTo(2);
    assertThat(request.body().getString("to")).isEqualTo("13912345678");
    assertThat(request.body().getString("text")).isEqualTo("停水通知：明天 8:00-12:00 停水");
    assertThat(request.body().getString("category")).isEqualTo("kernel.notice");
    assertThat(request.body().getString("createdAt")).isEqualTo("2026-03-02T01:00:00Z");
  }

  @Test
  void englishTextsUseAnEnglishSeparator() {
    assertThat(SmsGatewayChannel.text(message(Locale.ENGLISH))).isEqualTo("停水通知: 明天 8:00-12:00 停水");
  }

  @Test
  void aServerErrorIsRetriedAndTheReasonKeepsNoNumber() {
    answer = 503;
    SmsGatewayChannel channel = new SmsGatewayChannel(settings);

    assertThatThrownBy(() -> channel.deliver(message(Locale.CHINESE), "13912345678"))
        .isInstanceOfSatisfying(
            DeliveryException.class,
            failure -> {
              assertThat(failure.isPermanent()).isFalse();
              assertThat(failure.getMessage())
                  .startsWith("SMS gateway answered HTTP 503")
                  .contains("139****5678")
                  .doesNotContain("13912345678");
            });
  }

  @Test
  void aRefusalIsPermanentButTooManyRequestsIsNot() {
    SmsGatewayChannel channel = new SmsGatewayChannel(settings);
    answer = 400;
    assertThatThrownBy(() -> channel.deliver(message(Locale.CHINESE), "13912345678"))
        .isInstanceOfSatisfying(
            DeliveryException.class, failure -> assertThat(failure.isPermanent()).isTrue());
    answer = 429;
    assertThatThrownBy(() -> channel.deliver(message(Locale.CHINESE), "13912345678"))
        .isInstanceOfSatisfying(
            DeliveryException.class, failure -> assertThat(failure.isPermanent()).isFalse());
  }

  @Test
  void anUnreachableGatewayIsRetried() {
    gateway.stop(0);
    SmsGatewayChannel channel = new SmsGatewayChannel(settings);

    assertThatThrownBy(() -> channel.deliver(message(Locale.CHINESE), "13912345678"))
        .isInstanceOfSatisfying(
            DeliveryException.class,
            failure -> {
              assertThat(failure.isPermanent()).isFalse();
              assertThat(failure.getMessage()).startsWith("SMS gateway not reachable");
            });
  }

  @Test
  void theChannelIsOnOnlyWithAGateway() {
    assertThat(new SmsGatewayChannel(settings).isEnabled()).isTrue();
    assertThat(
            new SmsGatewayChannel(new MapSettings().set(KernelModule.SMS_ENABLED, "true"))
                .isEnabled())
        .isFalse();
    assertThat(new SmsGatewayChannel(new MapSettings()).isEnabled()).isFalse();
    SmsGatewayChannel channel = new SmsGatewayChannel(settings);
    assertThat(channel.addressOf(new RecipientContact("a", "A", "a@b.cn", null, Locale.CHINESE)))
        .isEmpty();
    assertThat(channel.masked("13912345678")).isEqualTo("139****5678");
  }
}
