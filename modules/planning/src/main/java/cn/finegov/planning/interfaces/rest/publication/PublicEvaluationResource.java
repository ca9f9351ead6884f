package cn.finegov.planning.interfaces.rest.publication;

import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.participation.EvaluationService;
import cn.finegov.planning.application.participation.EvaluationView;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The published results of the satisfaction evaluations for everybody: no sign-in, no personal data
 * (seed 000, article 10: the results are made public). Next to the published plans, under the open
 * {@code /public} paths.
 */
@Path("/public/planning/evaluations")
@ModuleApi(PlanningModule.KEY)
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planning public", description = "Published annual plans (open)")
public class PublicEvaluationResource {

  @Inject EvaluationService evaluations;

  @GET
  @Operation(summary = "Published evaluation rounds with their ranked results, newest year first")
  public List<EvaluationView> published(@QueryParam("year") Integer year) {
    return evaluations.published(year);
  }
}
