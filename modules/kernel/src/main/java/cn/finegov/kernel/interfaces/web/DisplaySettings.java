package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.calendar.SuiteZone;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How screens show times: in the zone {@code governance.timezone} (Asia/Shanghai by default), as
 * {@code yyyy-MM-dd HH:mm:ss}.
 */
@Named("display")
@ApplicationScoped
public class DisplaySettings {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private ZoneId zone;

  @PostConstruct
  void init() {
    zone = SuiteZone.get();
  }

  public ZoneId zone() {
    return zone;
  }

  /** The instant as local time text, empty for {@code null}. */
  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(zone));
  }
}
