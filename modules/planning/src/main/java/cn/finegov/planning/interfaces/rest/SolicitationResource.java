package cn.finegov.planning.interfaces.rest;

import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.participation.ProposalDraft;
import cn.finegov.planning.application.participation.ProposalPage;
import cn.finegov.planning.application.participation.ProposalView;
import cn.finegov.planning.application.participation.RoundDraft;
import cn.finegov.planning.application.participation.RoundPage;
import cn.finegov.planning.application.participation.RoundView;
import cn.finegov.planning.application.participation.SolicitationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Solicitation rounds (任务征集): list, open, change, close; the proposals received in a round. A
 * proposal's evaluation is under {@code /planning/proposals}.
 */
@Path("/planning/solicitations")
@ModuleApi(PlanningModule.KEY)
@RequestScoped
@RequiresPermission(PlanningModule.PARTICIPATION_READ)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planning solicitations", description = "Collecting governance tasks from the public")
public class SolicitationResource {

  @Inject SolicitationService solicitations;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Rounds of the caller's units (and rounds with proposals assigned to them)")
  public RoundPage search(
      @QueryParam("year") Integer year,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return solicitations.rounds(year, first, max);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.PARTICIPATION_MANAGE)
  @Operation(
      summary = "Open a round",
      description =
          "{year, [unitCode], title, description, channels: [HOTLINE_12345, GOVERNMENT_PORTAL,"
              + " MOBILE_APP, MEDIA, DEPUTY_LIAISON_STATION, CPPCC_STUDIO, OTHER], opensOn,"
              + " closesOn} → 201; 400 for no channel or closesOn before opensOn.")
  public Response open(RoundDraft body) {
    RoundView created = solicitations.open(RestInput.required(body));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A round with its counts (404 outside the caller's scope)")
  public RoundView get(@PathParam("id") long id) {
    return solicitations.round(id);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.PARTICIPATION_MANAGE)
  @Operation(summary = "Change an open round's title, description, channels and dates")
  public RoundView revise(@PathParam("id") long id, RoundDraft body) {
    return solicitations.revise(id, RestInput.required(body));
  }

  @POST
  @Path("{id}/close")
  @RequiresPermission(PlanningModule.PARTICIPATION_MANAGE)
  @Operation(summary = "Close a round: no more proposals (409 when closed)")
  public RoundView close(@PathParam("id") long id) {
    return solicitations.close(id);
  }

  @GET
  @Path("{id}/proposals")
  @Operation(summary = "The round's proposals the caller sees, contacts masked")
  public ProposalPage proposals(
      @PathParam("id") long id,
      @QueryParam("state") String state,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return solicitations.proposals(id, state, first, max);
  }

  @POST
  @Path("{id}/proposals")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.PARTICIPATION_MANAGE)
  @Operation(
      summary = "Record a proposal received",
      description =
          "{channel, source, title, content, contactName, contactPhone, contactEmail,"
              + " [receivedOn], [unitCode]} → 201; 422 when the round is closed or the day lies"
              + " outside its dates; 400 for a channel the round did not open.")
  public Response receive(@PathParam("id") long id, ProposalDraft body) {
    ProposalView created = solicitations.receive(id, RestInput.required(body));
    return Response.created(
            uri.getBaseUriBuilder()
                .path("planning/proposals")
                .path(String.valueOf(created.id()))
                .build())
        .entity(created)
        .build();
  }
}
