package cn.finegov.planning.interfaces.rest;

import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.participation.ContactView;
import cn.finegov.planning.application.participation.OpinionDraft;
import cn.finegov.planning.application.participation.OpinionPage;
import cn.finegov.planning.application.participation.OpinionService;
import cn.finegov.planning.application.participation.OpinionView;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public opinions and suggestions (意见建议): record, assign, take up, answer; overdue ones. */
@Path("/planning/opinions")
@ModuleApi(PlanningModule.KEY)
@RequestScoped
@RequiresPermission(PlanningModule.PARTICIPATION_READ)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planning opinions", description = "Public opinions on governance work and answers")
public class OpinionResource {

  /** A unit to hand an opinion to. */
  public record AssignmentJson(String unitCode, Long version) {}

  /** A step without data, with the version read. */
  public record StepJson(Long version) {}

  /** The answer to the citizen. */
  public record AnswerJson(String answer, Long version) {}

  /** Why the whole contact is needed (recorded in the audit log). */
  public record ReasonJson(String reason) {}

  @Inject OpinionService opinions;
  @Context UriInfo uri;

  @GET
  @Operation(
      summary = "Opinions of the caller's units, nearest deadline first",
      description =
          "?state=ASSIGNED|HANDLING|ANSWERED&overdue=true&unit=&q=; the page carries the count of"
              + " overdue ones.")
  public OpinionPage search(
      @QueryParam("state") String state,
      @QueryParam("overdue") @DefaultValue("false") boolean overdue,
      @QueryParam("unit") String unit,
      @QueryParam("q") String text,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return opinions.search(state, overdue, unit, text, first, max);
  }

  @GET
  @Path("overdue-count")
  @Operation(summary = "How many of the caller's opinions are unanswered past their last day")
  public Map<String, Long> overdueCount() {
    return Map.of("overdue", opinions.overdueCount());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.PARTICIPATION_MANAGE)
  @Operation(
      summary = "Record an opinion",
      description =
          "{channel: LETTER|EMAIL|PORTAL|OTHER, subject, content, contactName, contactPhone,"
              + " contactEmail, [receivedOn], [unitCode]} → 201 with its last day for the answer.")
  public Response receive(OpinionDraft body) {
    OpinionView created = opinions.receive(RestInput.required(body));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "An opinion, the contact masked (404 outside the caller's scope)")
  public OpinionView get(@PathParam("id") long id) {
    return opinions.detail(id);
  }

  @POST
  @Path("{id}/assignment")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.PARTICIPATION_MANAGE)
  @Operation(summary = "Hand an unanswered opinion to another unit")
  public OpinionView reassign(@PathParam("id") long id, AssignmentJson body) {
    RestInput.required(body);
    return opinions.reassign(id, body.unitCode(), body.version());
  }

  @POST
  @Path("{id}/take-up")
  @RequiresPermission(PlanningModule.PARTICIPATION_HANDLE)
  @Operation(summary = "The unit takes the opinion up (409 unless assigned)")
  public OpinionView takeUp(@PathParam("id") long id, StepJson body) {
    return opinions.takeUp(id, body == null ? null : body.version());
  }

  @POST
  @Path("{id}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.PARTICIPATION_HANDLE)
  @Operation(summary = "Answer the opinion (400 without text, 409 once answered)")
  public OpinionView answer(@PathParam("id") long id, AnswerJson body) {
    RestInput.required(body);
    return opinions.answer(id, body.answer(), body.version());
  }

  @POST
  @Path("{id}/contact")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(PlanningModule.PARTICIPATION_CONTACT)
  @Operation(summary = "The citizen's whole contact (each view audited with the reason)")
  public ContactView contact(@PathParam("id") long id, ReasonJson body) {
    return opinions.contact(id, body == null ? null : body.reason());
  }
}
