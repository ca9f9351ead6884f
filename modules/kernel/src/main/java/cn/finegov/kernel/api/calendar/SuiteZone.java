package cn.finegov.kernel.api.calendar;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The suite's time zone: the zone of its dates, office hours and working-day deadlines, and of the
 * times on screens and in exports (setting {@value #PROPERTY}, {@value #DEFAULT} by default). The
 * server's own default zone is never used: an application server often runs in UTC while the city
 * works in China Standard Time.
 */
public final class SuiteZone {

  /** The MicroProfile Config property naming the zone. */
  public static final String PROPERTY = "governance.timezone";

  /** The zone when the property is not set. */
  public static final String DEFAULT = "Asia/Shanghai";

  private SuiteZone() {}

  /**
   * The configured zone.
   *
   * @throws IllegalStateException when the property does not name a time zone (the message names
   *     the property and its value)
   */
  public static ZoneId get() {
    return parse(ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class).orElse(null));
  }

  /** The zone named by {@code id}; {@link #DEFAULT} for {@code null} or blank. */
  public static ZoneId parse(String id) {
    if (id == null || id.isBlank()) {
      return ZoneId.of(DEFAULT);
    }
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      throw new IllegalStateException(PROPERTY + " is not a time zone: " + id, e);
    }
  }
}
