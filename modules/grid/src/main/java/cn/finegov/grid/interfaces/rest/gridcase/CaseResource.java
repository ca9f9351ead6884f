package cn.finegov.grid.interfaces.rest.gridcase;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.application.gridcase.CaseCommand;
import cn.finegov.grid.application.gridcase.CaseDetail;
import cn.finegov.grid.application.gridcase.CasePage;
import cn.finegov.grid.application.gridcase.CaseService;
import cn.finegov.grid.application.gridcase.NewCase;
import cn.finegov.grid.domain.model.gridcase.CaseAction;
import cn.finegov.grid.domain.model.gridcase.CaseFilter;
import cn.finegov.grid.domain.model.gridcase.CaseSource;
import cn.finegov.grid.domain.model.gridcase.CaseState;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.interfaces.rest.Bodies;
import cn.finegov.kernel.interfaces.rest.RequestLocale;
import jakarta.enterprise.context.ApplicationScoped;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cases for the mobile field app and other clients: report (idempotent on the app's id), my tasks,
 * search, a case with its timeline and the steps the caller may take, the steps themselves. Photos
 * are attachments of the kernel ({@code /attachments?ownerModule=grid&ownerType=case-before} or
 * {@code case-after} {@code &ownerId=<case number>}).
 *
 * <p>One instance for all requests (Jersey would otherwise build and inject one per call): no
 * state, and what a call needs of its request comes as a parameter.
 */
@Path("/grid/cases")
@ModuleApi(GridModule.KEY)
@ApplicationScoped
@RequiresPermission(GridModule.CASE_READ)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grid cases", description = "Digital city-management cases")
public class CaseResource {

  /**
   * A report from the field.
   *
   * @param clientId the app's id of this report (a UUID): sending it again returns the same case
   */
  public record ReportJson(
      String clientId,
      String source,
      String category,
      Double latitude,
      Double longitude,
      String gridCode,
      String address,
      String description,
      Boolean simple,
      String contactName,
      String contactPhone,
      String contactEmail) {}

  /** A step on a case. */
  public record ActionJson(
      String action, String unitCode, String reason, Integer days, String original, Long version) {}

  /** The same step on several cases (bulk dispatch, bulk filing). */
  public record BulkJson(List<String> numbers, String action, String unitCode, String reason) {}

  /** What became of one case of a bulk step: done, or refused with the status and the reason. */
  public record BulkResult(String number, int status, String state, String message) {}

  /** Most cases in one bulk step. */
  static final int MAX_BULK = 200;

  @Inject CaseService service;
  @Inject MessageSource messages;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission("grid.case.report")
  @Operation(
      summary = "Report a case",
      description =
          "201 with the new case; 200 with the case made before when the same clientId was sent"
              + " (a retry after a lost answer never makes a second case); 400 with the fields"
              + " in error.")
  public Response report(ReportJson body, @Context UriInfo uri) {
    Bodies.required(body);
    CaseService.Reported reported =
        service.report(
            new NewCase(
                source(body.source()),
                body.category(),
                body.latitude(),
                body.longitude(),
                body.gridCode(),
                body.address(),
                body.description(),
                Boolean.TRUE.equals(body.simple()),
                body.clientId(),
                body.contactName(),
                body.contactPhone(),
                body.contactEmail()));
    CaseDetail detail = reported.detail();
    if (!reported.created()) {
      return Response.ok(detail).build();
    }
    return Response.created(uri.getAbsolutePathBuilder().path(detail.summary().number()).build())
        .entity(detail)
        .build();
  }

  @GET
  @Operation(summary = "Cases within the caller's reach, supervised and most urgent first")
  public CasePage search(
      @QueryParam("state") List<String> states,
      @QueryParam("category") String category,
      @QueryParam("grid") String grid,
      @QueryParam("unit") String unit,
      @QueryParam("overdue") @DefaultValue("false") boolean overdue,
      @QueryParam("supervised") @DefaultValue("false") boolean supervised,
      @QueryParam("number") String number,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    CaseFilter filter =
        new CaseFilter(
            states(states), category, grid, unit, overdue, supervised, number, null, null);
    return service.page(filter, first, max);
  }

  @GET
  @Path("tasks")
  @Operation(summary = "Cases waiting for the caller (my tasks), most urgent first")
  public CasePage tasks(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    CaseFilter filter = service.myTasks();
    return service.page(filter, first, max);
  }

  @GET
  @Path("{number}")
  @Operation(summary = "A case with its timeline, deadline and the steps the caller may take")
  public CaseDetail get(@PathParam("number") String number) {
    return service.detail(number);
  }

  @POST
  @Path("{number}/actions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Take a step (FILE, DISPATCH, SIGN, START, REPORT_BACK, CLOSE...)",
      description =
          "409 when the step is not allowed in the case's state or the version is stale, 403 when"
              + " the case is not the caller's to act on, 400 for a missing reason or unit.")
  public CaseDetail act(@PathParam("number") String number, ActionJson body) {
    Bodies.required(body);
    return service.act(
        number,
        new CaseCommand(
            action(body.action()),
            body.unitCode(),
            body.reason(),
            body.days(),
            body.original(),
            body.version()));
  }

  @POST
  @Path("bulk-actions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Take the same step on up to 200 cases, each on its own",
      description =
          "200 with one result per case: status 200 and the new state, or the refusal's status and"
              + " message; a refused case leaves the others done.")
  public List<BulkResult> bulk(BulkJson body, @Context HttpHeaders headers) {
    if (body == null || body.numbers() == null || body.numbers().isEmpty()) {
      throw ValidationException.of("numbers", "grid.case.bulk-empty");
    }
    if (body.numbers().size() > MAX_BULK) {
      throw ValidationException.of("numbers", "grid.case.bulk-too-many", MAX_BULK);
    }
    CaseAction action = action(body.action());
    Locale locale = RequestLocale.of(headers);
    List<BulkResult> results = new java.util.ArrayList<>();
    for (String number : body.numbers()) {
      try {
        CaseDetail detail =
            service.act(number, CaseCommand.toUnit(action, body.unitCode(), body.reason()));
        results.add(new BulkResult(number, 200, detail.summary().state().name(), null));
      } catch (ValidationException invalid) {
        results.add(
            new BulkResult(
                number,
                400,
                null,
                invalid.errors().stream()
                    .map(e -> messages.get(locale, e.messageKey(), e.arguments()))
                    .collect(java.util.stream.Collectors.joining(" "))));
      } catch (DomainException refusal) {
        results.add(
            new BulkResult(
                number,
                refusal.kind().status(),
                null,
                messages.get(locale, refusal.messageKey(), refusal.arguments())));
      }
    }
    return results;
  }

  @PUT
  @Path("{number}/supervised")
  @Operation(summary = "Put a case under supervision (督办) or take it off")
  public CaseDetail supervise(
      @PathParam("number") String number, @QueryParam("value") @DefaultValue("true") boolean on) {
    return service.supervise(number, on);
  }

  private static CaseSource source(String text) {
    if (text == null || text.isBlank()) {
      return CaseSource.GRID_WORKER;
    }
    try {
      return CaseSource.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("source", "grid.case.source-unknown", text);
    }
  }

  private static CaseAction action(String text) {
    if (text == null || text.isBlank()) {
      throw ValidationException.of("action", "grid.case.action-required");
    }
    try {
      return CaseAction.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("action", "grid.case.action-unknown", text);
    }
  }

  private static Set<CaseState> states(List<String> texts) {
    Set<CaseState> states = EnumSet.noneOf(CaseState.class);
    for (String text : texts == null ? List.<String>of() : texts) {
      for (String part : text.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          states.add(CaseState.valueOf(part.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw ValidationException.of("state", "grid.case.state-unknown", part);
        }
      }
    }
    return states;
  }
}
