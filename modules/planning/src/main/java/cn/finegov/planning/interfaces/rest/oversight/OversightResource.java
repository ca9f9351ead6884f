package cn.finegov.planning.interfaces.rest.oversight;

import cn.finegov.kernel.api.calendar.SuiteZone;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.oversight.LateReport;
import cn.finegov.planning.application.oversight.LateWorkbook;
import cn.finegov.planning.application.oversight.OversightService;
import cn.finegov.planning.application.oversight.RunResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The statutory cycle's oversight: who is late with his plan or tasks within the caller's scope
 * (JSON or Excel), and the reminder run now (audited), which the daily timer also does.
 */
@Path("/planning/oversight")
@ModuleApi(PlanningModule.KEY)
@RequestScoped
@RequiresPermission(PlanningModule.PLAN_READ)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planning oversight", description = "Statutory dates: who is late, reminders")
public class OversightResource {

  @Inject OversightService oversight;
  @Inject MessageSource messages;
  @Context HttpHeaders headers;

  @GET
  @Path("late")
  @Operation(
      summary = "Who is late in the statutory cycle, within the caller's scope",
      description =
          "year: the plan year (default: the cycle running on the day); on: the day (default"
              + " today); all=true lists every unit that publishes a plan, else only the late"
              + " ones (plan not published after its date, or tasks past their deadline).")
  public LateReport late(
      @QueryParam("year") Integer year,
      @QueryParam("on") String on,
      @QueryParam("all") boolean all) {
    return oversight.late(year, day(on), !all);
  }

  @GET
  @Path("late/export")
  @Produces(ExcelTable.CONTENT_TYPE)
  @Operation(summary = "The same list as an Excel workbook")
  public Response export(
      @QueryParam("year") Integer year,
      @QueryParam("on") String on,
      @QueryParam("all") boolean all) {
    LateReport report = oversight.late(year, day(on), !all);
    Locale locale =
        headers.getAcceptableLanguages().stream()
            .filter(l -> "en".equals(l.getLanguage()))
            .findFirst()
            .orElse(MessageSource.CHINESE);
    StreamingOutput body =
        out -> LateWorkbook.write(report, messages, locale, SuiteZone.get(), out);
    return Response.ok(body, ExcelTable.CONTENT_TYPE)
        .header(
            "Content-Disposition", "attachment; filename=\"" + LateWorkbook.fileName(report) + "\"")
        .build();
  }

  @POST
  @Path("reminders/run")
  @RequiresPermission(PlanningModule.SETTINGS_MANAGE)
  @Operation(
      summary = "Send the statutory reminders and overdue notices due now (audited)",
      description =
          "For the units in the caller's scope; on: the day to run for (default today), e.g. to"
              + " catch up a day the timer missed. Each notice goes out once per unit, due date"
              + " and kind; a second run finds nothing to send.")
  public RunResult run(@QueryParam("on") String on) {
    return oversight.runReminders(day(on), "manual");
  }

  private static LocalDate day(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw ValidationException.of("on", "planning.oversight.day-invalid", text.strip());
    }
  }
}
