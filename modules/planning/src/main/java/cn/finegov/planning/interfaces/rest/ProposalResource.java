package cn.finegov.planning.interfaces.rest;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.participation.ContactView;
import cn.finegov.planning.application.participation.ProposalEvaluation;
import cn.finegov.planning.application.participation.ProposalView;
import cn.finegov.planning.application.participation.SolicitationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Proposals received in solicitation rounds: read, re-assign, evaluate, the citizen's contact. */
@Path("/planning/proposals")
@ModuleApi(PlanningModule.KEY)
@RequestScoped
@RequiresPermission(PlanningModule.PARTICIPATION_READ)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planning proposals", description = "Task proposals from the public and their answers")
public class ProposalResource {

  /** A unit to hand a proposal to. */
  public record AssignmentJson(String unitCode) {}

  /** Why the whole contact is needed (recorded in the audit log). */
  public record ReasonJson(String reason) {}

  @Inject SolicitationService solicitations;

  @GET
  @Operation(
      summary = "The proposal a task was made of",
      description = "?task=2026-000042 → the adopted proposal; 404 when the task came from none.")
  public ProposalView ofTask(@QueryParam("task") String task) {
    return solicitations
        .adoptedAs(task)
        .orElseThrow(() -> DomainException.notFound("planning.proposal.none-for-task", task));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A proposal, the contact masked (404 outside the caller's scope)")
  public ProposalView get(@PathParam("id") long id) {
    return solicitations.proposal(id);
  }

  @POST
  @Path("{id}/assignment")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.PARTICIPATION_MANAGE)
  @Operation(summary = "Hand a waiting proposal to the round's unit or a unit below it")
  public ProposalView reassign(@PathParam("id") long id, AssignmentJson body) {
    return solicitations.reassign(id, RestInput.required(body).unitCode());
  }

  @POST
  @Path("{id}/evaluation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.PARTICIPATION_HANDLE)
  @Operation(
      summary = "The unit's reasoned answer",
      description =
          "{outcome: ADOPTED|MERGED|NOT_ADOPTED, answer, [mergedIntoId], [planId, taskTitle,"
              + " deadline, leadUnitCode, priority, livelihood], [version]}. ADOPTED makes a task in"
              + " the draft plan (needs planning.task.edit there); NOT_ADOPTED needs the reason"
              + " (400); 409 once evaluated.")
  public ProposalView evaluate(@PathParam("id") long id, ProposalEvaluation body) {
    return solicitations.evaluate(id, RestInput.required(body));
  }

  @POST
  @Path("{id}/contact")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.PARTICIPATION_CONTACT)
  @Operation(summary = "The citizen's whole contact (each view audited with the reason)")
  public ContactView contact(@PathParam("id") long id, ReasonJson body) {
    return solicitations.contact(id, body == null ? null : body.reason());
  }
}
