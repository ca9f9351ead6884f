package cn.finegov.integration.hotline.message;

import cn.finegov.integration.hotline.ticket.Feedback;
import cn.finegov.kernel.api.text.JsonTexts;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** A feedback item as the hotline's API takes it (PROTOCOL.md). */
public final class FeedbackJson {

  private FeedbackJson() {}

  public static String of(Feedback item, ZoneId zone) {
    JsonObjectBuilder json =
        JsonTexts.object()
            .add("gdbh", item.ticket().ticketNo())
            .add("xh", item.seq())
            .add("lx", item.kind().name())
            .add("sj", time(item, zone));
    if (item.unitName() != null) {
      json.add("dw", item.unitName());
    }
    if (item.content() != null) {
      json.add("nr", item.content());
    }
    if (item.extraDays() != null) {
      json.add("yqts", item.extraDays());
    }
    return json.build().toString();
  }

  /**
   * {@code 2026-11-23T10:02:00+08:00} as in PROTOCOL.md: always with seconds, never with a fraction
   * ({@code OffsetDateTime.toString()} drops zero seconds and writes nanoseconds).
   */
  private static String time(Feedback item, ZoneId zone) {
    return item.occurredAt()
        .truncatedTo(ChronoUnit.SECONDS)
        .atZone(zone)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
