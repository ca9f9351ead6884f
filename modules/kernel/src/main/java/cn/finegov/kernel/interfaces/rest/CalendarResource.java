package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.calendar.ComputedDeadline;
import cn.finegov.kernel.api.calendar.DayType;
import cn.finegov.kernel.api.calendar.SuiteZone;
import cn.finegov.kernel.api.calendar.WorkingCalendar;
import cn.finegov.kernel.api.calendar.WorkingDayCount;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.application.calendar.ArrangementView;
import cn.finegov.kernel.application.calendar.CalendarDayView;
import cn.finegov.kernel.application.calendar.CalendarExport;
import cn.finegov.kernel.application.calendar.CalendarService;
import cn.finegov.kernel.application.calendar.CalendarYearView;
import cn.finegov.kernel.application.calendar.DayChange;
import cn.finegov.kernel.application.calendar.YearLoadResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The working-day calendar: its days and years (reading: any signed-in caller; changing: {@code
 * kernel.calendar.manage}), and the deadline arithmetic for any signed-in caller.
 */
@Path("/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Working-day calendar and deadline arithmetic")
public class CalendarResource {

  /**
   * A date of a region's calendar.
   *
   * @param date the date
   * @param weekday 1 (Monday) to 7 (Sunday)
   * @param type WORKDAY, WEEKEND, HOLIDAY or ADJUSTED_WORKDAY
   * @param working whether it is worked
   * @param name Chinese name
   * @param nameEn English name
   * @param decidedBy ORDINARY, NATIONAL or REGIONAL
   * @param nationalType the type in the national calendar
   * @param origin REFERENCE, UPLOAD or SCREEN for stored days
   * @param source the file it came from
   * @param updatedBy who stored it last
   * @param updatedAt when
   */
  public record DayJson(
      LocalDate date,
      int weekday,
      DayType type,
      boolean working,
      String name,
      String nameEn,
      String decidedBy,
      DayType nationalType,
      String origin,
      String source,
      String updatedBy,
      Instant updatedAt) {

    static DayJson of(CalendarDayView day) {
      return new DayJson(
          day.date(),
          day.weekday(),
          day.type(),
          day.working(),
          day.name(),
          day.nameEn(),
          day.decidedBy().name(),
          day.nationalType(),
          day.origin() == null ? null : day.origin().name(),
          day.source(),
          day.updatedBy(),
          day.updatedAt());
    }
  }

  /**
   * A year of a region's calendar.
   *
   * @param year the year
   * @param region the region, {@code null} for national
   * @param arranged whether an official arrangement is loaded (else deadlines into it are
   *     provisional)
   * @param calendarVersion the current calendar version
   * @param arrangements loaded arrangements that apply
   * @param days every date of the year (or only the special ones with {@code special=true})
   */
  public record YearJson(
      int year,
      String region,
      boolean arranged,
      long calendarVersion,
      List<ArrangementView> arrangements,
      List<DayJson> days) {}

  /**
   * A day as wanted.
   *
   * @param type WORKDAY, WEEKEND, HOLIDAY or ADJUSTED_WORKDAY
   * @param name Chinese name (required for holidays)
   * @param nameEn English name
   */
  public record DayInput(String type, String name, String nameEn) {}

  /**
   * A computed deadline.
   *
   * @param start the start (date, or date and time for working hours)
   * @param rule the rule, e.g. {@code 20WD} or {@code 420WMIN}
   * @param region the regional calendar, {@code null} for national
   * @param dueDate the due date (a working day)
   * @param dueTime the due time for working hours, else {@code null} (the whole day)
   * @param provisional whether it reaches a year without an official arrangement
   * @param calendarVersion the calendar version used
   * @param explanation how it came about, in the caller's language
   * @param explanationZh the same in Chinese
   * @param explanationEn the same in English
   */
  public record DeadlineJson(
      String start,
      String rule,
      String region,
      LocalDate dueDate,
      String dueTime,
      boolean provisional,
      long calendarVersion,
      String explanation,
      String explanationZh,
      String explanationEn) {

    static DeadlineJson of(ComputedDeadline deadline, Locale locale) {
      return new DeadlineJson(
          deadline.startTime() == null
              ? deadline.startDate().toString()
              : deadline.startDate() + "T" + deadline.startTime(),
          deadline.rule().toString(),
          deadline.region(),
          deadline.dueDate(),
          deadline.dueTime() == null ? null : deadline.dueTime().toString(),
          deadline.provisional(),
          deadline.calendarVersion(),
          deadline.explanation(locale),
          deadline.explanation(Locale.SIMPLIFIED_CHINESE),
          deadline.explanation(Locale.ENGLISH));
    }
  }

  /**
   * A count of working days.
   *
   * @param from first date (not counted)
   * @param to last date (counted)
   * @param region the regional calendar, {@code null} for national
   * @param workingDays the count (negative when {@code to} is before {@code from})
   * @param provisional whether the span reaches a year without an official arrangement
   * @param calendarVersion the calendar version used
   * @param explanation how it came about, in the caller's language
   * @param explanationZh the same in Chinese
   * @param explanationEn the same in English
   */
  public record CountJson(
      LocalDate from,
      LocalDate to,
      String region,
      long workingDays,
      boolean provisional,
      long calendarVersion,
      String explanation,
      String explanationZh,
      String explanationEn) {

    static CountJson of(WorkingDayCount count, Locale locale) {
      return new CountJson(
          count.from(),
          count.to(),
          count.region(),
          count.workingDays(),
          count.provisional(),
          count.calendarVersion(),
          count.explanation(locale),
          count.explanation(Locale.SIMPLIFIED_CHINESE),
          count.explanation(Locale.ENGLISH));
    }
  }

  @Inject private CalendarService calendar;
  @Inject private WorkingCalendar working;
  @Inject private CalendarExport export;
  @Context private HttpHeaders headers;

  @GET
  @Path("days")
  @Operation(summary = "Every date of a year in the national or a region's calendar")
  public YearJson year(
      @QueryParam("year") Integer year,
      @QueryParam("region") String region,
      @QueryParam("special") boolean special) {
    if (year == null) {
      throw ValidationException.of("year", "validation.required");
    }
    CalendarYearView view = calendar.year(year, region);
    return new YearJson(
        view.year(),
        view.region(),
        view.arranged(),
        view.calendarVersion(),
        view.arrangements(),
        (special ? view.specialDays() : view.days()).stream().map(DayJson::of).toList());
  }

  @GET
  @Path("days/{date}")
  @Operation(summary = "One date of the national or a region's calendar")
  public DayJson day(@PathParam("date") String date, @QueryParam("region") String region) {
    return DayJson.of(calendar.day(date("date", date), region));
  }

  @PUT
  @Path("days/{date}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(KernelPermissions.CALENDAR_MANAGE)
  @Operation(
      summary = "Set a date's type and names",
      description =
          "Audited; open deadlines whose span contains the date are recomputed in the same"
              + " transaction. A region's change overrides the national calendar for that region.")
  public DayJson change(
      @PathParam("date") String date, @QueryParam("region") String region, DayInput input) {
    DayInput body = Bodies.required(input);
    return DayJson.of(
        calendar.changeDay(
            region,
            date("date", date),
            new DayChange(type(body.type()), body.name(), body.nameEn())));
  }

  @DELETE
  @Path("days/{date}")
  @RequiresPermission(KernelPermissions.CALENDAR_MANAGE)
  @Operation(
      summary = "Reset a date",
      description =
          "A region's date follows the national calendar again; a national date becomes ordinary.")
  public DayJson reset(@PathParam("date") String date, @QueryParam("region") String region) {
    return DayJson.of(calendar.resetDay(region, date("date", date)));
  }

  @GET
  @Path("years")
  @Operation(summary = "Loaded arrangements (national and regional), by region and year")
  public List<ArrangementView> arrangements() {
    return calendar.arrangements();
  }

  @GET
  @Path("regions")
  @Operation(summary = "Regions with days of their own")
  public List<String> regions() {
    return calendar.regions();
  }

  @POST
  @Path("years/{year}")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @RequiresPermission(KernelPermissions.CALENDAR_MANAGE)
  @Operation(
      summary = "Load a year's arrangement file (CSV, UTF-8; see config/calendars/README.md)",
      description =
          "The year's days become exactly the file's. 400 with every bad line (field 'line <n>')"
              + " when the file is not valid; nothing is loaded then.")
  public YearLoadResult load(
      @PathParam("year") int year,
      @QueryParam("region") String region,
      @QueryParam("name") String name,
      InputStream body)
      throws IOException {
    // Read at most one byte over the limit: a larger body is refused without being held in memory.
    byte[] content =
        body == null ? new byte[0] : body.readNBytes(CalendarService.MAX_FILE_BYTES + 1);
    return calendar.loadYear(
        year, region, content, name == null || name.isBlank() ? "upload " + year + ".csv" : name);
  }

  @GET
  @Path("years/{year}/export")
  @Produces(ExcelTable.CONTENT_TYPE)
  @Operation(summary = "A year of the national or a region's calendar as an Excel sheet")
  public Response exportYear(@PathParam("year") int year, @QueryParam("region") String region) {
    CalendarYearView view = calendar.year(year, region);
    Locale locale = RequestLocale.of(headers);
    ZoneId zone = SuiteZone.get();
    StreamingOutput body = out -> export.write(view, locale, zone, out);
    return Response.ok(body, ExcelTable.CONTENT_TYPE)
        .header(
            "Content-Disposition", "attachment; filename=\"" + CalendarExport.fileName(view) + "\"")
        .build();
  }

  @GET
  @Path("add-working-days")
  @Operation(
      summary = "The date a number of working days after a start (the start day not counted)")
  public DeadlineJson addWorkingDays(
      @QueryParam("start") String start,
      @QueryParam("days") Long days,
      @QueryParam("region") String region) {
    if (days == null) {
      throw ValidationException.of("days", "validation.required");
    }
    return DeadlineJson.of(
        working.addWorkingDays(date("start", start), days, region), RequestLocale.of(headers));
  }

  @GET
  @Path("count-working-days")
  @Operation(summary = "The working days after 'from' up to and including 'to'")
  public CountJson countWorkingDays(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("region") String region) {
    ValidationException.Collector errors = new ValidationException.Collector();
    LocalDate first = date(errors, "from", from);
    LocalDate last = date(errors, "to", to);
    errors.throwIfAny();
    return CountJson.of(working.countWorkingDays(first, last, region), RequestLocale.of(headers));
  }

  @GET
  @Path("add-working-hours")
  @Operation(
      summary = "The moment after some working time within the office hours",
      description =
          "start: yyyy-MM-ddTHH:mm; hours: a number, e.g. 1.5 (rounded to whole minutes);"
              + " office hours from the kernel setting calendar.office-hours.")
  public DeadlineJson addWorkingHours(
      @QueryParam("start") String start,
      @QueryParam("hours") String hours,
      @QueryParam("region") String region) {
    ValidationException.Collector errors = new ValidationException.Collector();
    LocalDateTime moment = null;
    if (start == null || start.isBlank()) {
      errors.add("start", "validation.required");
    } else {
      try {
        moment = LocalDateTime.parse(start.strip());
      } catch (DateTimeParseException e) {
        errors.add("start", "calendar.moment.invalid", start.strip());
      }
    }
    Duration time = null;
    if (hours == null || hours.isBlank()) {
      errors.add("hours", "validation.required");
    } else {
      try {
        BigDecimal minutes =
            new BigDecimal(hours.strip())
                .multiply(BigDecimal.valueOf(60))
                .setScale(0, RoundingMode.HALF_UP);
        time = Duration.ofMinutes(minutes.longValueExact());
      } catch (NumberFormatException | ArithmeticException e) {
        errors.add("hours", "calendar.hours.invalid", hours.strip());
      }
    }
    errors.throwIfAny();
    return DeadlineJson.of(
        working.addWorkingHours(moment, time, region), RequestLocale.of(headers));
  }

  static DayType type(String text) {
    if (text == null || text.isBlank()) {
      throw ValidationException.of("type", "validation.required");
    }
    try {
      return DayType.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("type", "calendar.type.invalid", text.strip());
    }
  }

  private static LocalDate date(String field, String text) {
    ValidationException.Collector errors = new ValidationException.Collector();
    LocalDate date = date(errors, field, text);
    errors.throwIfAny();
    return date;
  }

  private static LocalDate date(ValidationException.Collector errors, String field, String text) {
    if (text == null || text.isBlank()) {
      errors.add(field, "validation.required");
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(field, "calendar.date.invalid", text.strip());
      return null;
    }
  }
}
