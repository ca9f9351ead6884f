package cn.finegov.integration.runtime.interfaces.rest;

import cn.finegov.integration.runtime.IntegrationModule;
import cn.finegov.integration.runtime.deadletter.DeadLetterQuery;
import cn.finegov.integration.runtime.deadletter.DeadLetterService;
import cn.finegov.integration.runtime.deadletter.DeadLetterStatus;
import cn.finegov.integration.runtime.deadletter.DeadLetterView;
import cn.finegov.integration.runtime.status.RouteStatusService;
import cn.finegov.integration.runtime.status.RouteView;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Route status and dead letters, for the system administrator. */
@Path("/integration")
@RequestScoped
@RequiresPermission(IntegrationModule.OPERATE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Integration", description = "Camel routes and dead letters")
public class IntegrationResource {

  /**
   * A page of dead letters, latest failure first.
   *
   * @param total dead letters matching the filter
   * @param items this page
   */
  public record DeadLetterPage(long total, List<DeadLetterView> items) {}

  @Inject private RouteStatusService routes;
  @Inject private DeadLetterService deadLetters;

  @GET
  @Path("routes")
  @Operation(summary = "Running routes with their status and counters")
  public List<RouteView> routes() {
    return routes.routes();
  }

  @GET
  @Path("dead-letters")
  @Operation(summary = "Dead letters matching a filter, latest failure first")
  public DeadLetterPage deadLetters(
      @QueryParam("flow") String flow,
      @QueryParam("status") String status,
      @QueryParam("q") String text,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    DeadLetterQuery query = new DeadLetterQuery(flow, status(status), text);
    return new DeadLetterPage(
        deadLetters.count(query), deadLetters.search(query, Math.max(0, first), Math.max(1, max)));
  }

  @GET
  @Path("dead-letters/{id}")
  @Operation(summary = "One dead letter with its original message")
  public DeadLetterView deadLetter(@PathParam("id") long id) {
    return deadLetters.find(id);
  }

  @POST
  @Path("dead-letters/{id}/replay")
  @Operation(summary = "Send the original message again to where it failed")
  public DeadLetterView replay(@PathParam("id") long id) {
    return deadLetters.replay(id);
  }

  @POST
  @Path("dead-letters/{id}/discard")
  @Operation(summary = "Close a dead letter without processing it")
  public DeadLetterView discard(@PathParam("id") long id) {
    return deadLetters.discard(id);
  }

  private static DeadLetterStatus status(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return DeadLetterStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("status", "deadletter.status.unknown", text.strip());
    }
  }
}
