package cn.finegov.kernel.application.notification;

import cn.finegov.kernel.api.calendar.SuiteZone;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.domain.model.notification.DeliveryQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** The delivery monitor's Excel export (as the screen shows the deliveries, up to 50,000). */
@ApplicationScoped
public class DeliveryExport {

  static final int LIMIT = 50_000;

  @Inject private DeliveryService deliveries;
  @Inject private MessageSource messages;

  /** Writes the deliveries matching the filter; the stream is not closed. */
  public void write(DeliveryQuery query, Locale locale, OutputStream out) throws IOException {
    List<DeliveryView> rows = deliveries.search(query, 0, LIMIT);
    ExcelTable.<DeliveryView>sheet(text(locale, "notification.delivery.export.sheet"), zone())
        .column("ID", DeliveryView::id, 10)
        .column(text(locale, "notification.field.createdAt"), DeliveryView::createdAt, 20)
        .column(text(locale, "notification.field.recipient"), DeliveryView::recipient, 14)
        .column(
            text(locale, "notification.field.category"),
            row -> text(locale, "notification.category." + row.category()),
            18)
        .column(text(locale, "notification.field.subject"), DeliveryView::subject, 36)
        .column(
            text(locale, "notification.field.channel"),
            row -> text(locale, "notification.channel." + row.channel()),
            10)
        .column(text(locale, "notification.field.address"), DeliveryView::address, 20)
        .column(
            text(locale, "notification.field.status"),
            row -> text(locale, "notification.delivery.status." + row.status().name()),
            10)
        .column(text(locale, "notification.field.attempts"), DeliveryView::attempts, 8)
        .column(text(locale, "notification.field.lastAttemptAt"), DeliveryView::lastAttemptAt, 20)
        .column(text(locale, "notification.field.nextAttemptAt"), DeliveryView::nextAttemptAt, 20)
        .column(text(locale, "notification.field.sentAt"), DeliveryView::sentAt, 20)
        .column(text(locale, "notification.field.lastError"), DeliveryView::lastError, 60)
        .write(rows, out);
  }

  private String text(Locale locale, String key) {
    return messages.get(locale, key);
  }

  private static ZoneId zone() {
    return SuiteZone.get();
  }
}
