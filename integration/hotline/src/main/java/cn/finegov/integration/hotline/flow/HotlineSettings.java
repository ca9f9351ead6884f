package cn.finegov.integration.hotline.flow;

import cn.finegov.integration.hotline.message.HotlineSignature;
import cn.finegov.integration.hotline.ticket.PersonalDataCipher;
import cn.finegov.kernel.api.calendar.SuiteZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/** The hotline exchange's configuration ({@code hotline.*}), read when asked. */
@ApplicationScoped
public class HotlineSettings {

  @Inject private Config config;

  private volatile PersonalDataCipher cipher;
  private volatile String cipherKey;

  /** The shared secret of the signatures; fails when it is not configured. */
  public HotlineSignature signature() {
    return new HotlineSignature(
        config.getOptionalValue("hotline.secret", String.class).orElse(null));
  }

  /** The cipher of callers' personal data; fails when the key is not configured. */
  public PersonalDataCipher cipher() {
    String key = config.getOptionalValue("hotline.personal-data.key", String.class).orElse(null);
    PersonalDataCipher current = cipher;
    if (current == null || key == null || !key.equals(cipherKey)) {
      current = new PersonalDataCipher(key);
      cipher = current;
      cipherKey = key;
    }
    return current;
  }

  /** The hotline's feedback URL. */
  public String feedbackUrl() {
    return config.getOptionalValue("hotline.api.url", String.class).orElse("http://localhost:18345")
        + "/api/v1/feedback";
  }

  /** First wait after a failed delivery; it doubles up to {@link #longestRetry()}. */
  public Duration firstRetry() {
    return Duration.ofMillis(
        config.getOptionalValue("hotline.feedback.first-retry-millis", Long.class).orElse(2000L));
  }

  public Duration longestRetry() {
    return Duration.ofMillis(
        config
            .getOptionalValue("hotline.feedback.longest-retry-millis", Long.class)
            .orElse(60_000L));
  }

  /**
   * Least time between two log lines about failed feedback deliveries ({@code
   * hotline.feedback.failure-log-minutes}, 5 by default): while the hotline is down, one summary
   * line per interval.
   */
  public Duration failureLogInterval() {
    return Duration.ofMinutes(
        Math.max(
            0,
            config
                .getOptionalValue("hotline.feedback.failure-log-minutes", Long.class)
                .orElse(5L)));
  }

  /** The zone of the suite's dates ({@code governance.timezone}). */
  public java.time.ZoneId zone() {
    return SuiteZone.parse(config.getOptionalValue(SuiteZone.PROPERTY, String.class).orElse(null));
  }

  /**
   * Most tickets that may wait in the inbox before pushes are refused with 503 and sent again later
   * ({@code hotline.inbound.backlog-limit}, 20,000 by default; 0 takes every push).
   */
  public long backlogLimit() {
    return Math.max(
        0, config.getOptionalValue("hotline.inbound.backlog-limit", Long.class).orElse(20_000L));
  }

  /** Whether a push must wait: the limit is set and that many tickets wait already. */
  static boolean busy(long waiting, long limit) {
    return limit > 0 && waiting >= limit;
  }

  /** Whether pushes of tickets must wait now, {@code waiting} tickets waiting in the inbox. */
  public boolean busy(long waiting) {
    return busy(waiting, backlogLimit());
  }

  /** Working days the unit has to sign for a ticket (1 by default). */
  public int signDays() {
    return config.getOptionalValue("hotline.sign-days", Integer.class).orElse(1);
  }
}
