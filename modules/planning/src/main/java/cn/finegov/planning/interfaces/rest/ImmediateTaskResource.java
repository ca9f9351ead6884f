package cn.finegov.planning.interfaces.rest;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.api.ImmediateTaskIntake;
import cn.finegov.planning.api.ImmediateTaskRequest;
import cn.finegov.planning.api.TaskRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Immediate tasks (即时性任务) for other systems: create one for a source's reference (idempotent) and
 * find it again. The task itself is then read and worked on under {@code /planning/tasks}.
 */
@Path("/planning/immediate-tasks")
@ModuleApi(PlanningModule.KEY)
@RequestScoped
@RequiresPermission({PlanningModule.TASK_IMMEDIATE, PlanningModule.TASK_READ})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planning immediate tasks", description = "Immediate tasks from the hotline and others")
public class ImmediateTaskResource {

  /** A request for an immediate task. */
  public record RequestJson(
      String source,
      String externalReference,
      String title,
      String problem,
      String leadUnitCode,
      Integer workingDays) {}

  @Inject ImmediateTaskIntake intake;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.TASK_IMMEDIATE)
  @Operation(
      summary = "Create an immediate task",
      description =
          "{source, externalReference, title, problem, [leadUnitCode], [workingDays]} → 201; 200"
              + " with the first task for a source and reference sent before; 400 with the fields"
              + " in error.")
  public Response create(RequestJson body) {
    RestInput.required(body);
    TaskRef ref =
        intake.create(
            new ImmediateTaskRequest(
                body.source(),
                body.externalReference(),
                body.title(),
                body.problem(),
                body.leadUnitCode(),
                body.workingDays(),
                null));
    if (!ref.created()) {
      return Response.ok(ref).build();
    }
    return Response.created(
            uri.getBaseUriBuilder().path("planning/tasks").path(ref.number()).build())
        .entity(ref)
        .build();
  }

  @GET
  @Operation(summary = "The immediate task of a source's reference (404 when there is none)")
  public TaskRef find(
      @QueryParam("source") String source, @QueryParam("reference") String reference) {
    return intake
        .find(source, reference)
        .orElseThrow(() -> DomainException.notFound("planning.task.not-found", reference));
  }
}
