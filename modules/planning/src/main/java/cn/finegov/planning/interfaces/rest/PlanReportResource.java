package cn.finegov.planning.interfaces.rest;

import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.interfaces.rest.RequestLocale;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.publication.CommitteeReportService;
import cn.finegov.planning.application.publication.DocumentFormat;
import cn.finegov.planning.application.publication.GeneratedFile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The report on a plan's execution to the People's Congress committee, as PDF or Word. */
@Path("/planning/plan-reports")
@ModuleApi(PlanningModule.KEY)
@RequestScoped
@RequiresPermission(PlanningModule.PLAN_REPORT)
@Tag(name = "Planning committee reports", description = "Reports to the People's Congress")
public class PlanReportResource {

  @Inject CommitteeReportService reports;
  @Context HttpHeaders headers;

  @GET
  @Path("{planId: [0-9]{1,15}}.{format: pdf|docx}")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  })
  @Operation(
      summary = "Generate the committee report of a plan in the caller's scope (audited)",
      description =
          "Plan summary, task counts by state, completion rate, overdue and delayed tasks with"
              + " reasons, close-out counts; addressed to the committee of the plan's level"
              + " (settings report.committee.<level>).")
  public Response report(@PathParam("planId") long planId, @PathParam("format") String format) {
    GeneratedFile file =
        reports.report(planId, DocumentFormat.of(format), RequestLocale.of(headers));
    return Downloads.of(file);
  }
}
