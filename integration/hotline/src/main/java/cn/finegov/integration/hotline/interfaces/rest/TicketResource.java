package cn.finegov.integration.hotline.interfaces.rest;

import cn.finegov.integration.hotline.HotlineModule;
import cn.finegov.integration.hotline.ticket.CaseRequest;
import cn.finegov.integration.hotline.ticket.RequestType;
import cn.finegov.integration.hotline.ticket.RevealedCaller;
import cn.finegov.integration.hotline.ticket.TaskRouting;
import cn.finegov.integration.hotline.ticket.TicketDetail;
import cn.finegov.integration.hotline.ticket.TicketPage;
import cn.finegov.integration.hotline.ticket.TicketQuery;
import cn.finegov.integration.hotline.ticket.TicketService;
import cn.finegov.integration.hotline.ticket.TicketState;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.interfaces.rest.Bodies;
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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Hotline tickets for staff: the list and the detail within the caller's scope, caller data masked
 * (never a whole number); the audited view of a caller's number for return visits; the manual
 * routing of tickets that wait for staff (make a case, answer, send back).
 */
@Path("/hotline/tickets")
@ModuleApi(HotlineModule.KEY)
@RequestScoped
@RequiresPermission({HotlineModule.TICKET_READ, HotlineModule.TICKET_MANAGE})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "12345 hotline: tickets", description = "Tickets for staff, routing by hand")
public class TicketResource {

  /** Why a caller's whole number is viewed (required when the caller asked for confidentiality). */
  public record RevealJson(String reason) {}

  /** Where and in which category a case is made: a grid code, or a point, or the ticket's own. */
  public record CaseJson(String gridCode, Double latitude, Double longitude, String category) {}

  /** The reply sent to the hotline. */
  public record AnswerJson(String reply) {}

  /** The immediate task a ticket goes to: lead unit, working days and title, each optional. */
  public record TaskJson(String leadUnitCode, Integer workingDays, String title) {}

  /** The reason sent to the hotline with a ticket sent back. */
  public record SendBackJson(String reason) {}

  /** A look-up by a caller's whole number (in the body, so that it never lands in an address). */
  public record PhoneSearchJson(String phone, List<String> state, Integer first, Integer max) {}

  @Inject private TicketService tickets;

  @GET
  @Operation(
      summary = "Tickets within the caller's scope, newest first (caller data masked)",
      description =
          "state: one or more ticket states (repeated or comma-separated); q: part of the ticket"
              + " number; type: request type (ZX, QZ, TS, JB, JY, BY).")
  public TicketPage list(
      @QueryParam("state") List<String> states,
      @QueryParam("q") String q,
      @QueryParam("type") String type,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return tickets.page(new TicketQuery(states(states), q, type(type), null), first, max);
  }

  @POST
  @Path("by-phone")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(HotlineModule.PHONE_VIEW)
  @Operation(
      summary = "Tickets of a caller's whole phone number (audited, results masked)",
      description = "Only for holders of hotline.phone.view; the number is looked up by its hash.")
  public TicketPage byPhone(PhoneSearchJson body) {
    Bodies.required(body);
    if (body.phone() == null || body.phone().isBlank()) {
      throw ValidationException.of("phone", "validation.required");
    }
    return tickets.page(
        new TicketQuery(states(body.state()), null, null, body.phone()),
        body.first() == null ? 0 : body.first(),
        body.max() == null ? 50 : body.max());
  }

  @GET
  @Path("{no}")
  @Operation(
      summary = "A ticket: masked caller, content, mapping, case, feedback and return visits")
  public TicketDetail get(@PathParam("no") String no) {
    return tickets.detail(no);
  }

  @POST
  @Path("{no}/phone")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(HotlineModule.PHONE_VIEW)
  @Operation(
      summary = "The caller's whole phone number and name, for a return visit (audited)",
      description =
          "Body {\"reason\": \"...\"}; the reason is required when the caller asked for"
              + " confidentiality. 422 for an anonymous caller.")
  public Response revealPhone(@PathParam("no") String no, RevealJson body) {
    RevealedCaller caller = tickets.revealPhone(no, body == null ? null : body.reason());
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setPrivate(true);
    return Response.ok(caller).cacheControl(noStore).build();
  }

  @POST
  @Path("{no}/case")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(HotlineModule.TICKET_MANAGE)
  @Operation(
      summary = "Make a grid case of a ticket waiting for staff",
      description =
          "Body {\"gridCode\", \"latitude\", \"longitude\", \"category\"}: a grid or a point (else"
              + " the ticket's), the grid category (else the mapping's). 409 when the ticket does"
              + " not wait for staff, 400 with the fields in error.")
  public TicketDetail makeCase(@PathParam("no") String no, CaseJson body) {
    CaseJson input = body == null ? new CaseJson(null, null, null, null) : body;
    return tickets.makeCase(
        no,
        new CaseRequest(input.gridCode(), input.latitude(), input.longitude(), input.category()));
  }

  @POST
  @Path("{no}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(HotlineModule.TICKET_MANAGE)
  @Operation(
      summary = "Answer a ticket waiting for staff (答复: HF feedback to the hotline)",
      description = "Body {\"reply\": \"...\"}.")
  public TicketDetail answer(@PathParam("no") String no, AnswerJson body) {
    return tickets.answer(no, Bodies.required(body).reply());
  }

  @POST
  @Path("{no}/send-back")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(HotlineModule.TICKET_MANAGE)
  @Operation(
      summary = "Send a ticket waiting for staff back to the hotline (退单: TH feedback)",
      description = "Body {\"reason\": \"...\"}.")
  public TicketDetail sendBack(@PathParam("no") String no, SendBackJson body) {
    return tickets.sendBack(no, Bodies.required(body).reason());
  }

  @POST
  @Path("{no}/task")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission({HotlineModule.TICKET_MANAGE, TicketService.TASK_IMMEDIATE})
  @Operation(
      summary = "Route a ticket waiting for staff to an immediate task of the planning module",
      description =
          "Body {\"leadUnitCode\", \"workingDays\", \"title\"}, each optional (the planning"
              + " module's defaults). The task gets the request without the caller's data and the"
              + " lineage link ticket → task; the hotline hears that the lead unit signed for it"
              + " (QS). Asked again: the ticket with the same task. 409 when the ticket does not"
              + " wait for staff, 422 while the planning module is left out or switched off.")
  public TicketDetail routeToTask(@PathParam("no") String no, TaskJson body) {
    TaskJson input = body == null ? new TaskJson(null, null, null) : body;
    return tickets.routeToTask(
        no, new TaskRouting.Request(input.leadUnitCode(), input.workingDays(), input.title()));
  }

  static Set<TicketState> states(List<String> names) {
    Set<TicketState> states = EnumSet.noneOf(TicketState.class);
    if (names == null) {
      return states;
    }
    for (String name : names) {
      for (String one : name.split(",")) {
        if (one.isBlank()) {
          continue;
        }
        try {
          states.add(TicketState.valueOf(one.strip()));
        } catch (IllegalArgumentException e) {
          throw ValidationException.of("state", "hotline.ui.state-unknown", one.strip());
        }
      }
    }
    return states;
  }

  static RequestType type(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return RequestType.ofCode(code.strip())
        .orElseThrow(() -> ValidationException.of("type", "hotline.ui.type-unknown", code.strip()));
  }
}
