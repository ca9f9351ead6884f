package cn.finegov.systemtest.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Codes;
import cn.finegov.systemtest.Deployments;
import cn.finegov.systemtest.TestEnvironment;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications against the deployed EAR: a notice reaches a person's inbox and unread count; his
 * preferences (validated, addresses masked); e-mail to a GreenMail SMTP server and SMS to an HTTP
 * gateway, both started here and configured through the settings API; a failing mail server makes
 * the delivery fail with the reason after its retries, visible on the monitor, alerting the
 * monitors; a retry after the server is back delivers it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationIT {

  private static final String UNIT = "990102";

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private GreenMail mail;
  private HttpServer gateway;

  @AfterEach
  void resetSettingsAndServers() {
    for (String key :
        List.of(
            "notifications.mail.enabled",
            "notifications.mail.host",
            "notifications.mail.port",
            "notifications.mail.from",
            "notifications.sms.enabled",
            "notifications.sms.gateway-url",
            "notifications.delivery.max-attempts",
            "notifications.delivery.retry-minutes")) {
      Api.as("sysadmin").delete("/settings/kernel/" + key);
    }
    if (mail != null) {
      mail.stop();
    }
    if (gateway != null) {
      gateway.stop(0);
    }
  }

  private static GreenMail smtpServer(int port) {
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  private static void mailTo(int port) {
    Api.as("sysadmin").kernelSetting("notifications.mail.enabled", "true");
    Api.as("sysadmin").kernelSetting("notifications.mail.host", "127.0.0.1");
    Api.as("sysadmin").kernelSetting("notifications.mail.port", String.valueOf(port));
    Api.as("sysadmin").kernelSetting("notifications.mail.from", "governance@jiangcheng.test");
  }

  private static Reply notice(String subject, String body, String... usernames) {
    var names = Json.createArrayBuilder();
    for (String name : usernames) {
      names.add(name);
    }
    return Api.as("sysadmin")
        .post(
            "/notifications/notices",
            Api.json("usernames", names.build(), "subject", subject, "body", body));
  }

  private static long unread(String user) {
    return Accounts.as(user)
        .get("/notifications/unread-count")
        .json()
        .getJsonNumber("unread")
        .longValue();
  }

  private static Optional<JsonObject> delivery(String recipient, String channel) {
    Reply reply =
        Api.as("sysadmin")
            .get("/notifications/deliveries?recipient=" + recipient + "&channel=" + channel);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).findFirst();
  }

  private static String status(String recipient, String channel) {
    return delivery(recipient, channel).map(d -> d.getString("status")).orElse("NONE");
  }

  @Test
  void aNoticeLandsInTheInboxAndCountsAsUnreadUntilRead() {
    String person = Accounts.ready("ntin", UNIT, "OBSERVER");
    String subject = "停水通知 " + Codes.unique("N");
    assertThat(unread(person)).isZero();

    Reply sent = notice(subject, "明天 8:00-12:00 望江路停水。", person, "no-such-user");

    assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
    assertThat(sent.json().getJsonArray("recipients").getString(0)).isEqualTo(person);
    assertThat(sent.json().getJsonArray("skipped").getString(0)).isEqualTo("no-such-user");
    assertThat(unread(person)).isEqualTo(1);
    JsonObject inbox = Accounts.as(person).get("/notifications?unread=true").json();
    assertThat(inbox.getJsonNumber("unread").longValue()).isEqualTo(1);
    JsonObject item = inbox.getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("subject")).isEqualTo(subject);
    assertThat(item.getString("body")).isEqualTo("明天 8:00-12:00 望江路停水。");
    assertThat(item.getString("categoryName")).isEqualTo("系统通知");
    assertThat(item.getBoolean("read")).isFalse();
    long id = item.getJsonNumber("id").longValue();

    assertThat(Api.as("clerk").get("/notifications/" + id).status()).isEqualTo(404);
    assertThat(Api.as("clerk").post("/notifications/" + id + "/read", "").status()).isEqualTo(404);

    Reply read = Accounts.as(person).post("/notifications/" + id + "/read", "");
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.json().getBoolean("read")).isTrue();
    assertThat(unread(person)).isZero();

    notice(subject + " 2", null, person);
    notice(subject + " 3", null, person);
    assertThat(unread(person)).isEqualTo(2);
    assertThat(Accounts.as(person).post("/notifications/read-all", "").json().getInt("marked"))
        .isEqualTo(2);
    assertThat(unread(person)).isZero();
    assertThat(Accounts.as(person).get("/notifications").json().getJsonNumber("total").longValue())
        .isEqualTo(3);

    JsonObject audit = Api.as("auditadmin").get("/audit?entityType=Notice&actor=sysadmin").json();
    assertThat(audit.toString()).contains(subject);
  }

  @Test
  void onlyDeliveryMonitorsSendNoticesAndSeeTheMonitor() {
    assertThat(notice("演练 " + Codes.unique("P"), null, "leader").status()).isEqualTo(200);
    Reply leader =
        Api.as("leader")
            .post(
                "/notifications/notices",
                Api.json(
                    "usernames", Json.createArrayBuilder().add("clerk").build(), "subject", "x"));
    assertThat(leader.status()).isEqualTo(403);
    assertThat(Api.as("leader").get("/notifications/deliveries").status()).isEqualTo(403);
    assertThat(Api.anonymous().get("/notifications/unread-count").status()).isEqualTo(401);
  }

  @Test
  void aNoticeToThePermissionHoldersOfAUnitReachesThemWithinTheScope() {
    Reply sent =
        Api.as("sysadmin")
            .post(
                "/notifications/notices",
                Api.json(
                    "permission",
                    "kernel.notifications.monitor",
                    "unitCode",
                    UNIT,
                    "subject",
                    "投递监控演练 " + Codes.unique("H")));

    assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
    assertThat(sent.json().getJsonArray("recipients").toString()).contains("\"sysadmin\"");
    assertThat(sent.json().getJsonArray("recipients").toString()).doesNotContain("\"leader\"");
  }

  @Test
  void preferencesAreValidatedAndAddressesComeBackMasked() {
    String person = Accounts.ready("ntpf", UNIT, "OBSERVER");

    Reply invalid =
        Accounts.as(person)
            .put(
                "/notifications/preferences",
                Api.json("email", "not-an-address", "mobile", "12345"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().getJsonArray("errors").toString()).contains("email", "mobile");

    Reply noAddress =
        Accounts.as(person)
            .put(
                "/notifications/preferences",
                "{\"channels\":{\"kernel.notice\":[\"IN_APP\",\"SMS\"]}}");
    assertThat(noAddress.status()).isEqualTo(400);
    assertThat(noAddress.json().getString("detail")).contains("短信");

    Reply inboxDropped =
        Accounts.as(person)
            .put(
                "/notifications/preferences",
                "{\"mobile\":\"13912345678\",\"channels\":{\"kernel.notice\":[\"SMS\"]}}");
    assertThat(inboxDropped.status()).isEqualTo(400);
    assertThat(inboxDropped.json().getString("detail")).contains("必须在站内接收");

    Reply saved =
        Accounts.as(person)
            .put(
                "/notifications/preferences",
                "{\"email\":\"wang.wu@jiangcheng.test\",\"mobile\":\"139 1234 5678\","
                    + "\"language\":\"en\",\"channels\":{\"kernel.notice\":[\"IN_APP\",\"SMS\"]}}");
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.body()).doesNotContain("wang.wu@", "13912345678");
    JsonObject preferences = Accounts.as(person).get("/notifications/preferences").json();
    assertThat(preferences.getString("email")).isEqualTo("w***@jiangcheng.test");
    assertThat(preferences.getString("mobile")).isEqualTo("139****5678");
    assertThat(preferences.getString("language")).isEqualTo("en");
    JsonObject notice =
        preferences.getJsonArray("categories").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("key").equals("kernel.notice"))
            .findFirst()
            .orElseThrow();
    assertThat(notice.getJsonArray("channels").toString()).contains("IN_APP", "SMS");

    String audit =
        Api.as("auditadmin")
            .get("/audit?entityType=NotificationPreference&entityId=" + person)
            .body();
    assertThat(audit).contains("w***@jiangcheng.test").doesNotContain("wang.wu@", "13912345678");
  }

  @Test
  void anEmailArrivesAtTheMailServer() throws Exception {
    int port = TestEnvironment.freePort();
    mail = smtpServer(port);
    mailTo(port);
    String person = Accounts.ready("ntml", UNIT, "OBSERVER");
    Reply chosen =
        Accounts.as(person)
            .put(
                "/notifications/preferences",
                "{\"email\":\""
                    + person
                    + "@jiangcheng.test\",\"channels\":{\"kernel.notice\":[\"IN_APP\",\"EMAIL\"]}}");
    assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
    String subject = "防汛值班安排 " + Codes.unique("M");

    Reply sent = notice(subject, "请按时到岗。", person);

    assertThat(sent.json().getInt("deliveries")).isEqualTo(1);
    await().atMost(Duration.ofSeconds(60)).until(() -> messageWithSubject(subject).isPresent());
    MimeMessage message = messageWithSubject(subject).orElseThrow();
    assertThat(message.getAllRecipients()[0].toString()).isEqualTo(person + "@jiangcheng.test");
    assertThat(message.getFrom()[0].toString()).contains("governance@jiangcheng.test");
    assertThat(message.getContent().toString()).contains("请按时到岗。");
    assertThat(message.getHeader("X-Governance-Delivery")).isNotEmpty();
    await().atMost(Duration.ofSeconds(30)).until(() -> status(person, "EMAIL").equals("SENT"));
    JsonObject delivery = delivery(person, "EMAIL").orElseThrow();
    assertThat(delivery.getString("address")).isEqualTo(person.charAt(0) + "***@jiangcheng.test");
    assertThat(delivery.getInt("attempts")).isEqualTo(1);
    assertThat(unread(person)).isEqualTo(1);
  }

  private Optional<MimeMessage> messageWithSubject(String subject) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(
            m -> {
              try {
                return subject.equals(m.getSubject());
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .findFirst();
  }

  @Test
  void anSmsIsPostedToTheGateway() throws Exception {
    List<JsonObject> received = new CopyOnWriteArrayList<>();
    List<String> keys = new CopyOnWriteArrayList<>();
    gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    gateway.createContext(
        "/sms/send",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          try (var reader = Json.createReader(new StringReader(body))) {
            received.add(reader.readObject());
          }
          keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
          byte[] answer = "{\"accepted\":true}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    gateway.start();
    Api.as("sysadmin").kernelSetting("notifications.sms.enabled", "true");
    Api.as("sysadmin")
        .kernelSetting(
            "notifications.sms.gateway-url",
            "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms/send");
    String person = Accounts.ready("ntsm", UNIT, "OBSERVER");
    Reply chosen =
        Accounts.as(person)
            .put(
                "/notifications/preferences",
                "{\"mobile\":\"13987654321\",\"channels\":{\"kernel.notice\":[\"IN_APP\",\"SMS\"]}}");
    assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
    String subject = "道路施工提醒 " + Codes.unique("S");

    notice(subject, "江城大道夜间施工。", person);

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> received.stream().anyMatch(r -> r.getString("text").startsWith(subject)));
    JsonObject sms =
        received.stream()
            .filter(r -> r.getString("text").startsWith(subject))
            .findFirst()
            .orElseThrow();
    assertThat(sms.getString("to")).isEqualTo("13987654321");
    assertThat(sms.getString("text")).isEqualTo(subject + "：江城大道夜间施工。");
    assertThat(sms.getString("category")).isEqualTo("kernel.notice");
    assertThat(sms.getInt("attempt")).isEqualTo(1);
    assertThat(keys).contains(sms.getString("messageId"));
    await().atMost(Duration.ofSeconds(30)).until(() -> status(person, "SMS").equals("SENT"));
    assertThat(delivery(person, "SMS").orElseThrow().getString("address")).isEqualTo("139****4321");
  }

  @Test
  void aDeliveryToADeadMailServerFailsWithTheReasonAfterItsRetriesAndCanBeRetried()
      throws Exception {
    int port = TestEnvironment.freePort();
    mailTo(port);
    Api.as("sysadmin").kernelSetting("notifications.delivery.max-attempts", "2");
    Api.as("sysadmin").kernelSetting("notifications.delivery.retry-minutes", "1");
    String person = Accounts.ready("ntfl", UNIT, "OBSERVER");
    Accounts.as(person)
        .put(
            "/notifications/preferences",
            "{\"email\":\""
                + person
                + "@jiangcheng.test\",\"channels\":{\"kernel.notice\":[\"IN_APP\",\"EMAIL\"]}}");
    String subject = "会议改期 " + Codes.unique("F");

    notice(subject, "联席会议改到周五。", person);

    // First attempt: refused connection, another attempt is scheduled.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> delivery(person, "EMAIL").map(d -> d.getInt("attempts")).orElse(0) >= 1);
    JsonObject first = delivery(person, "EMAIL").orElseThrow();
    assertThat(first.getString("status")).isIn("PENDING", "SENDING", "FAILED");
    assertThat(first.getString("lastError")).containsIgnoringCase("connect");
    // The scheduled retry (after a minute, picked up by the deliverer's timer) fails too: given up.
    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(5))
        .until(() -> status(person, "EMAIL").equals("FAILED"));
    JsonObject failed = delivery(person, "EMAIL").orElseThrow();
    assertThat(failed.getInt("attempts")).isEqualTo(2);
    assertThat(failed.getString("lastError"))
        .containsIgnoringCase("connect")
        .doesNotContain(person + "@");
    long id = failed.getJsonNumber("id").longValue();

    Reply monitor =
        Api.as("sysadmin").get("/notifications/deliveries?status=FAILED&recipient=" + person);
    assertThat(monitor.json().getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(monitor.json().getJsonObject("counts").getInt("FAILED")).isPositive();
    HttpResponse<byte[]> export =
        Binary.get("sysadmin", "/notifications/deliveries/export?recipient=" + person);
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(new String(export.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

    // The monitors of the recipient's unit are told.
    JsonObject alerts = Api.as("sysadmin").get("/notifications?unread=true&max=200").json();
    assertThat(alerts.getJsonArray("items").stream().map(JsonValue::asJsonObject))
        .anySatisfy(
            alert -> {
              assertThat(alert.getString("category")).isEqualTo("kernel.delivery-failed");
              assertThat(alert.getString("subject")).contains(person);
              assertThat(alert.getString("link")).endsWith("delivery=" + id);
            });

    // The server comes back; an administrator retries.
    mail = smtpServer(port);
    Reply retried = Api.as("sysadmin").post("/notifications/deliveries/" + id + "/retry", "");
    assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(60)).until(() -> messageWithSubject(subject).isPresent());
    await().atMost(Duration.ofSeconds(30)).until(() -> status(person, "EMAIL").equals("SENT"));
    assertThat(delivery(person, "EMAIL").orElseThrow().getInt("attempts")).isEqualTo(3);
    assertThat(Api.as("sysadmin").post("/notifications/deliveries/" + id + "/retry", "").status())
        .isEqualTo(409);
    assertThat(
            Api.as("auditadmin")
                .get("/audit?entityType=NotificationDelivery&entityId=" + id)
                .json()
                .getJsonNumber("total")
                .longValue())
        .isEqualTo(1);
  }

  @Test
  void aChannelSwitchedOffSkipsTheDeliveryWithTheReason() {
    String person = Accounts.ready("ntsk", UNIT, "OBSERVER");
    Accounts.as(person)
        .put(
            "/notifications/preferences",
            "{\"email\":\""
                + person
                + "@jiangcheng.test\",\"channels\":{\"kernel.notice\":[\"IN_APP\",\"EMAIL\"]}}");

    Reply sent = notice("邮件未启用 " + Codes.unique("K"), null, person);

    assertThat(sent.json().getInt("deliveries")).isZero();
    JsonObject skipped = delivery(person, "EMAIL").orElseThrow();
    assertThat(skipped.getString("status")).isEqualTo("SKIPPED");
    assertThat(skipped.getString("lastError")).isEqualTo("渠道未启用");
    assertThat(unread(person)).isEqualTo(1);
  }
}
