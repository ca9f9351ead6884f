package cn.finegov.planning.interfaces.rest;

import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.PlanDraft;
import cn.finegov.planning.application.PlanPage;
import cn.finegov.planning.application.PlanService;
import cn.finegov.planning.application.PlanView;
import cn.finegov.planning.application.RollUpView;
import cn.finegov.planning.application.TaskDetail;
import cn.finegov.planning.application.TaskDraft;
import cn.finegov.planning.application.TaskService;
import cn.finegov.planning.application.TaskView;
import cn.finegov.planning.domain.model.plan.PlanAction;
import cn.finegov.planning.domain.model.plan.PlanFilter;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.plan.PlanState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Annual plans: list and read within the caller's scope, draft, change and delete drafts, the
 * lifecycle (submit, return, approve, publish), the plan's tasks and its progress roll-up.
 */
@Path("/planning/plans")
@ModuleApi(PlanningModule.KEY)
@RequestScoped
@RequiresPermission(PlanningModule.PLAN_READ)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planning plans", description = "Annual governance plans of every level")
public class PlanResource {

  /** A lifecycle step. */
  public record ActionJson(String action, String reason, Long version) {}

  @Inject PlanService plans;
  @Inject TaskService tasks;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Plans within the caller's scope, newest year first")
  public PlanPage search(
      @QueryParam("year") Integer year,
      @QueryParam("level") String level,
      @QueryParam("state") String state,
      @QueryParam("unit") String unit,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return plans.search(
        new PlanFilter(
            year,
            RestInput.parse(PlanLevel.class, level, "level"),
            RestInput.parse(PlanState.class, state, "state"),
            unit),
        first,
        max);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.PLAN_EDIT)
  @Operation(
      summary = "Draft a plan",
      description =
          "{year, unitCode, title, problems, targets, safeguards, [level], [parentPlanId]} → 201;"
              + " 409 when the unit has a plan of that year, 403 for a unit outside the scope.")
  public Response create(PlanDraft body) {
    PlanView created = plans.create(RestInput.required(body));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A plan with its statutory date, overdue flag, progress and allowed steps")
  public PlanView get(@PathParam("id") long id) {
    return plans.detail(id);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.PLAN_EDIT)
  @Operation(summary = "Change a draft plan {title, problems, targets, safeguards, version}")
  public PlanView revise(@PathParam("id") long id, PlanDraft body) {
    return plans.revise(id, RestInput.required(body));
  }

  @DELETE
  @Path("{id}")
  @RequiresPermission(PlanningModule.PLAN_EDIT)
  @Operation(summary = "Delete a draft plan without tasks")
  public Response delete(@PathParam("id") long id) {
    plans.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/actions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission({
    PlanningModule.PLAN_EDIT,
    PlanningModule.PLAN_APPROVE,
    PlanningModule.PLAN_PUBLISH
  })
  @Operation(
      summary = "A lifecycle step: SUBMIT, RETURN (reason), APPROVE, PUBLISH",
      description =
          "409 when the step is not allowed in the plan's state; 422 submitting no tasks.")
  public PlanView act(@PathParam("id") long id, ActionJson body) {
    RestInput.required(body);
    return plans.act(
        id,
        RestInput.parseRequired(PlanAction.class, body.action(), "action"),
        body.reason(),
        body.version());
  }

  @GET
  @Path("{id}/tasks")
  @RequiresPermission(PlanningModule.TASK_READ)
  @Operation(summary = "The plan's tasks")
  public List<TaskView> tasks(@PathParam("id") long id) {
    return tasks.ofPlan(id);
  }

  @POST
  @Path("{id}/tasks")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.TASK_EDIT)
  @Operation(
      summary = "Draft a task in a draft plan",
      description =
          "{title, problem, target, measures, deadline, source, priority, livelihood, weight,"
              + " leadUnitCode, cooperatingUnitCodes} → 201 with the task.")
  public Response createTask(@PathParam("id") long id, TaskDraft body) {
    TaskDetail created = tasks.create(id, RestInput.required(body));
    return Response.created(
            uri.getBaseUriBuilder().path("planning/tasks").path(created.summary().number()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}/roll-up")
  @Operation(summary = "The plan's progress: each task's weight, share and contribution")
  public RollUpView rollUp(@PathParam("id") long id) {
    return plans.rollUp(id);
  }
}
