package cn.finegov.kernel.application.calendar;

import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.i18n.MessageSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Locale;

/** A year of a region's calendar as an Excel sheet, one row per date, in the reader's language. */
@ApplicationScoped
public class CalendarExport {

  @Inject private MessageSource messages;

  /** The file name of a year's export, e.g. {@code calendar-2026.xlsx}. */
  public static String fileName(CalendarYearView year) {
    return "calendar-" + year.year() + (year.region() == null ? "" : "-" + year.region()) + ".xlsx";
  }

  /** Writes the sheet; the stream is not closed. */
  public void write(CalendarYearView year, Locale locale, ZoneId zone, OutputStream out)
      throws IOException {
    String sheet =
        messages.get(
            locale,
            "calendar.export.sheet",
            String.valueOf(year.year()),
            year.region() == null
                ? messages.get(locale, "calendar.region.national")
                : year.region());
    ExcelTable.<CalendarDayView>sheet(sheet.length() > 31 ? sheet.substring(0, 31) : sheet, zone)
        .column(messages.get(locale, "calendar.field.date"), CalendarDayView::date, 12)
        .column(
            messages.get(locale, "calendar.field.weekday"),
            day -> messages.get(locale, "calendar.weekday." + day.weekday()),
            8)
        .column(
            messages.get(locale, "calendar.field.type"),
            day -> messages.get(locale, day.type().labelKey()),
            12)
        .column(
            messages.get(locale, "calendar.field.working"),
            day ->
                messages.get(
                    locale, day.working() ? "calendar.working.yes" : "calendar.working.no"),
            8)
        .column(messages.get(locale, "calendar.field.name"), CalendarDayView::name, 20)
        .column(messages.get(locale, "calendar.field.name-en"), CalendarDayView::nameEn, 28)
        .column(
            messages.get(locale, "calendar.field.decided-by"),
            day -> messages.get(locale, "calendar.decided-by." + day.decidedBy().name()),
            12)
        .column(
            messages.get(locale, "calendar.field.national-type"),
            day -> messages.get(locale, day.nationalType().labelKey()),
            12)
        .column(messages.get(locale, "calendar.field.source"), CalendarDayView::source, 28)
        .column(messages.get(locale, "calendar.field.updated-by"), CalendarDayView::updatedBy, 16)
        .column(messages.get(locale, "calendar.field.updated-at"), CalendarDayView::updatedAt, 20)
        .write(year.days(), out);
  }
}
