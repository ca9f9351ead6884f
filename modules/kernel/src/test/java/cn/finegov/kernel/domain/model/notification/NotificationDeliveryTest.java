package cn.finegov.kernel.domain.model.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationDeliveryTest {

  private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
  private final RetrySchedule schedule = new RetrySchedule(3, Duration.ofMinutes(5));

  private static NotificationDelivery queued() {
    Notification notification =
        Notification.to(
            "leader",
            "/1/",
            "kernel.notice",
            "停水通知",
            "明天停水",
            "/index.xhtml",
            new Notification.Source("kernel", null, null),
            "sysadmin",
            true,
            NOW);
    return NotificationDelivery.queued(notification, "EMAIL", NOW);
  }

  @Test
  void aQueuedDeliveryIsDueAtOnceAndTakenOnce() {
    NotificationDelivery delivery = queued();

    assertThat(delivery.isDue(NOW)).isTrue();
    assertThat(delivery.claim(NOW)).isTrue();
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENDING);
    assertThat(delivery.claim(NOW)).isFalse();
  }

  @Test
  void aSuccessfulAttemptIsRecorded() {
    NotificationDelivery delivery = queued();
    delivery.claim(NOW);

    delivery.sent(NOW.plusSeconds(1), "l***@example.org");

    assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(delivery.attempts()).isEqualTo(1);
    assertThat(delivery.sentAt()).isEqualTo(NOW.plusSeconds(1));
    assertThat(delivery.addressMasked()).isEqualTo("l***@example.org");
  }

  @Test
  void aFailureIsRetriedByTheScheduleThenGivenUp() {
    NotificationDelivery delivery = queued();

    delivery.claim(NOW);
    delivery.failed(NOW, "Connection refused", "l***@example.org", false, schedule);
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    assertThat(delivery.isDue(NOW)).isFalse();

    Instant second = NOW.plus(Duration.ofMinutes(5));
    delivery.claim(second);
    delivery.failed(second, "Connection refused", null, false, schedule);
    assertThat(delivery.nextAttemptAt()).isEqualTo(second.plus(Duration.ofMinutes(10)));

    Instant third = second.plus(Duration.ofMinutes(10));
    delivery.claim(third);
    delivery.failed(third, "Connection refused", null, false, schedule);
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(delivery.attempts()).isEqualTo(3);
    assertThat(delivery.nextAttemptAt()).isNull();
    assertThat(delivery.lastError()).isEqualTo("Connection refused");
    assertThat(delivery.addressMasked()).isEqualTo("l***@example.org");
  }

  @Test
  void aPermanentFailureIsGivenUpAtOnce() {
    NotificationDelivery delivery = queued();
    delivery.claim(NOW);

    delivery.failed(NOW, "550 user unknown", null, true, schedule);

    assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(delivery.attempts()).isEqualTo(1);
  }

  @Test
  void anAdministratorsRetryGivesOneMoreAttempt() {
    NotificationDelivery delivery = queued();
    delivery.claim(NOW);
    delivery.failed(NOW, "550", null, true, schedule);

    assertThat(delivery.retryNow(NOW.plusSeconds(60))).isTrue();
    assertThat(delivery.isDue(NOW.plusSeconds(60))).isTrue();
    delivery.claim(NOW.plusSeconds(60));
    delivery.failed(
        NOW.plusSeconds(61), "550", null, false, new RetrySchedule(1, Duration.ofMinutes(1)));
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);

    delivery.retryNow(NOW.plusSeconds(120));
    delivery.claim(NOW.plusSeconds(120));
    delivery.sent(NOW.plusSeconds(121), null);
    assertThat(delivery.retryNow(NOW.plusSeconds(180))).isFalse();
  }

  @Test
  void reasonsAreStoredWithPersonalDataMaskedAndCut() {
    NotificationDelivery delivery = queued();
    delivery.claim(NOW);

    delivery.failed(
        NOW, "refused <li.si@example.org> 13912345678 " + "x".repeat(2000), null, true, schedule);

    assertThat(delivery.lastError())
        .doesNotContain("li.si@", "13912345678")
        .contains("l***@example.org")
        .hasSize(NotificationDelivery.MAX_ERROR);
  }

  @Test
  void aSkippedDeliveryKeepsItsReasonAndIsNotDue() {
    NotificationDelivery skipped =
        NotificationDelivery.skipped(queued().notification(), "SMS", NOW, "渠道未启用");

    assertThat(skipped.status()).isEqualTo(DeliveryStatus.SKIPPED);
    assertThat(skipped.isDue(NOW)).isFalse();
    assertThat(skipped.lastError()).isEqualTo("渠道未启用");
  }

  @Test
  void anAttemptNeverFinishedIsStuckAfterTheTimeout() {
    NotificationDelivery delivery = queued();
    delivery.claim(NOW);

    assertThat(delivery.isStuck(NOW.plus(Duration.ofMinutes(5)))).isFalse();
    assertThat(delivery.isStuck(NOW.plus(Duration.ofMinutes(11)))).isTrue();
  }

  @Test
  void outcomesNeedAnAttemptUnderWay() {
    NotificationDelivery delivery = queued();
    assertThatThrownBy(() -> delivery.sent(NOW, null)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void longTextsAreCutForTheInbox() {
    Notification notification =
        Notification.to(
            "leader",
            "/1/",
            "kernel.notice",
            "标".repeat(300),
            "正".repeat(5000),
            null,
            new Notification.Source("kernel", null, null),
            "sysadmin",
            true,
            NOW);
    assertThat(notification.subject()).hasSize(Notification.MAX_SUBJECT).endsWith("…");
    assertThat(notification.body()).hasSize(Notification.MAX_BODY);
    assertThat(notification.markRead(NOW)).isTrue();
    assertThat(notification.markRead(NOW.plusSeconds(5))).isFalse();
    assertThat(notification.readAt()).isEqualTo(NOW);
  }
}
