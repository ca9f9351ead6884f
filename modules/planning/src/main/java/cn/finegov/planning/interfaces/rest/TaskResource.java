package cn.finegov.planning.interfaces.rest;

import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.Assignment;
import cn.finegov.planning.application.Decision;
import cn.finegov.planning.application.DelayDraft;
import cn.finegov.planning.application.DelayView;
import cn.finegov.planning.application.ProgressDraft;
import cn.finegov.planning.application.ReportView;
import cn.finegov.planning.application.RollUpView;
import cn.finegov.planning.application.SelfAssessment;
import cn.finegov.planning.application.TaskDetail;
import cn.finegov.planning.application.TaskDraft;
import cn.finegov.planning.application.TaskPage;
import cn.finegov.planning.application.TaskService;
import cn.finegov.planning.application.TaskTree;
import cn.finegov.planning.application.TaskView;
import cn.finegov.planning.application.WorkPlanDraft;
import cn.finegov.planning.domain.model.task.TaskFilter;
import cn.finegov.planning.domain.model.task.TaskState;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Governance tasks by number ({@code 2026-000042}): list and read within the caller's scope, change
 * and delete drafts, assign and decompose, the lead unit's work (start, work plan, progress with
 * evidence, delay request, complete, close-out request, self-assessment), the issuing unit's
 * decisions, the progress override, the tree and the roll-up. Evidence is uploaded first as kernel
 * attachments ({@code /attachments?ownerModule=planning&ownerType=task&ownerId=<number>}).
 */
@Path("/planning/tasks")
@ModuleApi(PlanningModule.KEY)
@RequestScoped
@RequiresPermission(PlanningModule.TASK_READ)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planning tasks", description = "Governance tasks, decomposition and execution")
public class TaskResource {

  /** A manual progress override. */
  public record OverrideJson(Integer percent, String reason) {}

  /** A close-out request. */
  public record CloseOutJson(String summary) {}

  @Inject TaskService tasks;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Tasks within the caller's scope, by deadline")
  public TaskPage search(
      @QueryParam("year") Integer year,
      @QueryParam("plan") Long plan,
      @QueryParam("state") String state,
      @QueryParam("unit") String unit,
      @QueryParam("immediate") Boolean immediate,
      @QueryParam("overdue") @DefaultValue("false") boolean overdue,
      @QueryParam("q") String text,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return tasks.search(
        new TaskFilter(
            year,
            plan,
            RestInput.parse(TaskState.class, state, "state"),
            unit,
            immediate,
            overdue ? LocalDate.now(zone()) : null,
            text),
        first,
        max);
  }

  private static ZoneId zone() {
    return cn.finegov.kernel.api.calendar.SuiteZone.get();
  }

  @GET
  @Path("{number}")
  @Operation(summary = "A task with its work plan, deadline, pending request and allowed steps")
  public TaskDetail get(@PathParam("number") String number) {
    return tasks.detail(number);
  }

  @PUT
  @Path("{number}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.TASK_EDIT)
  @Operation(summary = "Change a draft or assigned task of a draft plan")
  public TaskDetail revise(@PathParam("number") String number, TaskDraft body) {
    return tasks.revise(number, RestInput.required(body));
  }

  @DELETE
  @Path("{number}")
  @RequiresPermission(PlanningModule.TASK_EDIT)
  @Operation(summary = "Delete a draft task without children of a draft plan")
  public Response delete(@PathParam("number") String number) {
    tasks.delete(number);
    return Response.noContent().build();
  }

  @POST
  @Path("{number}/assign")
  @RequiresPermission(PlanningModule.TASK_ASSIGN)
  @Operation(summary = "Hand a draft task to its lead unit (交办)")
  public TaskDetail assign(@PathParam("number") String number) {
    return tasks.assign(number);
  }

  @POST
  @Path("{number}/assignments")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.TASK_ASSIGN)
  @Operation(
      summary = "Decompose a task to units below (任务分解)",
      description =
          "{unitCodes, [deadline], [weight]} → 201 with a child task in each unit's plan of the"
              + " same year (made as a draft when missing); 409 when already assigned to a unit.")
  public Response decompose(@PathParam("number") String number, Assignment body) {
    List<TaskView> children = tasks.decompose(number, RestInput.required(body));
    return Response.status(Response.Status.CREATED).entity(children).build();
  }

  @POST
  @Path("{number}/start")
  @RequiresPermission(PlanningModule.TASK_REPORT)
  @Operation(summary = "The lead unit starts work")
  public TaskDetail start(@PathParam("number") String number) {
    return tasks.start(number);
  }

  @PUT
  @Path("{number}/work-plan")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission({PlanningModule.TASK_REPORT, PlanningModule.TASK_EDIT})
  @Operation(summary = "The work plan {responsibleLeader, handler, schedule, milestones}")
  public TaskDetail planWork(@PathParam("number") String number, WorkPlanDraft body) {
    return tasks.planWork(number, RestInput.required(body));
  }

  @GET
  @Path("{number}/progress")
  @Operation(summary = "The progress reports, newest first")
  public List<ReportView> reports(@PathParam("number") String number) {
    return tasks.reports(number);
  }

  @POST
  @Path("{number}/progress")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.TASK_REPORT)
  @Operation(
      summary = "Report progress {percent, text, attachmentIds}",
      description =
          "Rolls the progress up to the parent tasks; 409 with a percentage on a decomposed task"
              + " (its progress is rolled up from its children).")
  public TaskDetail report(@PathParam("number") String number, ProgressDraft body) {
    return tasks.reportProgress(number, RestInput.required(body));
  }

  @PUT
  @Path("{number}/progress-override")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.TASK_EDIT)
  @Operation(summary = "Fix the progress by hand {percent, reason} (audited)")
  public TaskDetail override(@PathParam("number") String number, OverrideJson body) {
    RestInput.required(body);
    return tasks.overrideProgress(number, body.percent(), body.reason());
  }

  @DELETE
  @Path("{number}/progress-override")
  @RequiresPermission(PlanningModule.TASK_EDIT)
  @Operation(summary = "End a manual override: the roll-up applies again")
  public TaskDetail clearOverride(
      @PathParam("number") String number, @QueryParam("reason") String reason) {
    return tasks.clearOverride(number, reason);
  }

  @GET
  @Path("{number}/delay-requests")
  @Operation(summary = "The delay requests, newest first")
  public List<DelayView> delayRequests(@PathParam("number") String number) {
    return tasks.delayRequests(number);
  }

  @POST
  @Path("{number}/delay-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.TASK_REPORT)
  @Operation(summary = "Ask for a later deadline {reason, proposedDeadline}")
  public Response requestDelay(@PathParam("number") String number, DelayDraft body) {
    DelayView request = tasks.requestDelay(number, RestInput.required(body));
    return Response.status(Response.Status.CREATED).entity(request).build();
  }

  @POST
  @Path("{number}/delay-requests/{requestId}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.TASK_APPROVE)
  @Operation(summary = "Grant or refuse a delay {approve, note} (a refusal needs the note)")
  public TaskDetail decideDelay(
      @PathParam("number") String number, @PathParam("requestId") long requestId, Decision body) {
    return tasks.decideDelay(number, requestId, RestInput.required(body));
  }

  @POST
  @Path("{number}/complete")
  @RequiresPermission(PlanningModule.TASK_REPORT)
  @Operation(summary = "Report the target reached (422 while a child task is open)")
  public TaskDetail complete(@PathParam("number") String number) {
    return tasks.complete(number);
  }

  @POST
  @Path("{number}/close-out")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.TASK_REPORT)
  @Operation(summary = "Ask for close-out (销号) {summary}")
  public TaskDetail requestCloseOut(@PathParam("number") String number, CloseOutJson body) {
    RestInput.required(body);
    return tasks.requestCloseOut(number, body.summary());
  }

  @POST
  @Path("{number}/close-out/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.TASK_APPROVE)
  @Operation(summary = "Close the task out or refuse {approve, note}")
  public TaskDetail decideCloseOut(@PathParam("number") String number, Decision body) {
    return tasks.decideCloseOut(number, RestInput.required(body));
  }

  @PUT
  @Path("{number}/self-assessment")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.TASK_REPORT)
  @Operation(summary = "Year-end self-check and self-evaluation {selfCheck, selfEvaluation}")
  public TaskDetail selfAssess(@PathParam("number") String number, SelfAssessment body) {
    return tasks.selfAssess(number, RestInput.required(body));
  }

  @GET
  @Path("{number}/tree")
  @Operation(summary = "The decomposition tree: the way up and everything below")
  public TaskTree tree(@PathParam("number") String number) {
    return tasks.tree(number);
  }

  @GET
  @Path("{number}/roll-up")
  @Operation(summary = "The task's progress from its children: weights, shares, contributions")
  public RollUpView rollUp(@PathParam("number") String number) {
    return tasks.rollUp(number);
  }
}
