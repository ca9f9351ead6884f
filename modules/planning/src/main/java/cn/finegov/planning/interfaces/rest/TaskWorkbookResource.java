package cn.finegov.planning.interfaces.rest;

import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.interfaces.rest.RequestLocale;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.workbook.TaskTemplate;
import cn.finegov.planning.application.workbook.TaskWorkbookService;
import cn.finegov.planning.application.workbook.WorkbookCheck;
import cn.finegov.planning.application.workbook.WorkbookResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Excel round-trip of a draft plan's task list: the template, the dry run and the application.
 * The workbook is the request body ({@code .xlsx}), as for the grid's imports.
 */
@Path("/planning/task-workbook")
@ModuleApi(PlanningModule.KEY)
@RequestScoped
@RequiresPermission(PlanningModule.TASK_EDIT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planning task workbook", description = "Excel template, dry run and import of tasks")
public class TaskWorkbookResource {

  @Inject TaskWorkbookService workbooks;
  @Context HttpHeaders headers;

  @GET
  @Path("template")
  @Produces(TaskTemplate.CONTENT_TYPE)
  @Operation(summary = "The task-list template, headers in the caller's language")
  public Response template() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    workbooks.template(RequestLocale.of(headers), body);
    return Response.ok(body.toByteArray(), TaskTemplate.CONTENT_TYPE)
        .header("Content-Disposition", "attachment; filename=\"planning-tasks-template.xlsx\"")
        .build();
  }

  @POST
  @Path("{planId: [0-9]{1,15}}/dry-run")
  @Consumes({TaskTemplate.CONTENT_TYPE, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary = "Check a workbook against a draft plan; nothing is stored",
      description =
          "Every cell in error with its row number (the header is row 1), column letter, field and"
              + " reason in the caller's language (Accept-Language zh or en); file-level errors"
              + " have row 0.")
  public WorkbookCheck dryRun(@PathParam("planId") long planId, byte[] workbook) {
    return workbooks.dryRun(planId, workbook, RequestLocale.of(headers));
  }

  @POST
  @Path("{planId: [0-9]{1,15}}")
  @Consumes({TaskTemplate.CONTENT_TYPE, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary = "Store every row as a draft task of the plan, all or none",
      description =
          "400 with a field 'row <n>.<field>' for every cell in error (nothing stored); 409 when"
              + " the plan is not a draft.")
  public WorkbookResult apply(@PathParam("planId") long planId, byte[] workbook) {
    return workbooks.apply(planId, workbook);
  }
}
