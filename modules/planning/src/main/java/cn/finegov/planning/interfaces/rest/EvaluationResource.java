package cn.finegov.planning.interfaces.rest;

import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.participation.EvaluationDraft;
import cn.finegov.planning.application.participation.EvaluationPage;
import cn.finegov.planning.application.participation.EvaluationService;
import cn.finegov.planning.application.participation.EvaluationView;
import cn.finegov.planning.application.participation.ScoreDraft;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The yearly satisfaction evaluation (满意度测评): rounds, the deputies' votes per plan, the ranked
 * results, publication (the published results for everybody: {@code PublicEvaluationResource}).
 */
@Path("/planning/evaluations")
@ModuleApi(PlanningModule.KEY)
@RequestScoped
@RequiresPermission(PlanningModule.EVALUATION_READ)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planning evaluations", description = "Satisfaction evaluation of the plans' reports")
public class EvaluationResource {

  /** A step with the version read. */
  public record StepJson(Long version) {}

  @Inject EvaluationService evaluations;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Rounds of the caller's units, newest year first, with their results")
  public EvaluationPage search(
      @QueryParam("year") Integer year,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return evaluations.search(year, first, max);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.EVALUATION_MANAGE)
  @Operation(
      summary = "Open a round",
      description =
          "{year, level: CITY|DISTRICT|DEPARTMENT|STREET|ENTERPRISE, [unitCode], title} → 201;"
              + " 409 when the unit has a round of that year and level.")
  public Response open(EvaluationDraft body) {
    EvaluationView created = evaluations.open(RestInput.required(body));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A round with its ranked results (404 outside the caller's scope)")
  public EvaluationView get(@PathParam("id") long id) {
    return evaluations.detail(id);
  }

  @POST
  @Path("{id}/scores")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.EVALUATION_MANAGE)
  @Operation(
      summary = "Enter or correct the votes on one plan",
      description =
          "{planId, satisfied, basicallySatisfied, dissatisfied} → the round; 422 for a plan of"
              + " another year, level or area; 409 once published.")
  public EvaluationView score(@PathParam("id") long id, ScoreDraft body) {
    return evaluations.score(id, RestInput.required(body));
  }

  @POST
  @Path("{id}/publish")
  @RequiresPermission(PlanningModule.EVALUATION_PUBLISH)
  @Operation(summary = "Publish the results (422 without scores, 409 once published)")
  public EvaluationView publish(@PathParam("id") long id, StepJson body) {
    return evaluations.publish(id, body == null ? null : body.version());
  }
}
