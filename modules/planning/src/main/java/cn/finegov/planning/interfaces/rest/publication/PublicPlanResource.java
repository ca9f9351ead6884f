package cn.finegov.planning.interfaces.rest.publication;

import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.interfaces.rest.RequestLocale;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.publication.DocumentFormat;
import cn.finegov.planning.application.publication.PublicationService;
import cn.finegov.planning.application.publication.PublishedPlan;
import cn.finegov.planning.interfaces.rest.Downloads;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published plans for everybody: read-only, no personal data, no sign-in. */
@Path("/public/planning/plans")
@ModuleApi(PlanningModule.KEY)
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planning public", description = "Published annual plans (open)")
public class PublicPlanResource {

  @Inject PublicationService publication;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The published plans, newest year first")
  public List<PublishedPlan> list(@QueryParam("year") Integer year) {
    return publication.published(year);
  }

  @GET
  @Path("{id: [0-9]{1,15}}")
  @Operation(summary = "A published plan with its task list; 404 unless published")
  public PublishedPlan get(@PathParam("id") long id) {
    return publication.plan(id);
  }

  @GET
  @Path("{id: [0-9]{1,15}}/export.{format: pdf|docx|xlsx}")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  })
  @Operation(summary = "A published plan as PDF, Word or its task list as Excel")
  public Response export(@PathParam("id") long id, @PathParam("format") String format) {
    return Downloads.of(
        publication.export(id, DocumentFormat.of(format), RequestLocale.of(headers)));
  }
}
