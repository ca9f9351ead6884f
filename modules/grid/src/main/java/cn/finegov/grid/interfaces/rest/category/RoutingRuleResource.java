package cn.finegov.grid.interfaces.rest.category;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.application.category.RouteView;
import cn.finegov.grid.application.category.RoutingRuleDraft;
import cn.finegov.grid.application.category.RoutingRuleView;
import cn.finegov.grid.application.category.RoutingService;
import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.interfaces.rest.Bodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Routing rules (派遣规则: category × grid → unit) and where a case would go. Read with {@code
 * grid.reference.read}, change with {@code grid.reference.manage}.
 */
@Path("/grid/routing-rules")
@ModuleApi(GridModule.KEY)
@RequestScoped
@RequiresPermission({GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grid: categories", description = "Component and event categories, routing rules")
public class RoutingRuleResource {

  /**
   * A routing rule as sent by a client.
   *
   * @param category one-list category code; blank for any category
   * @param grid grid code; blank for everywhere
   * @param unitCode the responsible unit
   * @param version the version last read (changing; optional)
   */
  public record RuleInput(String category, String grid, String unitCode, Long version) {}

  @Inject private RoutingService routing;
  @Context private UriInfo uri;

  @GET
  @Operation(summary = "Every routing rule, those of a category first")
  public List<RoutingRuleView> rules() {
    return routing.rules();
  }

  @POST
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(summary = "Add a routing rule (category, grid or both → unit)")
  public Response addRule(RuleInput input) {
    RuleInput body = Bodies.required(input);
    RoutingRuleView added =
        routing.add(new RoutingRuleDraft(body.category(), body.grid(), body.unitCode(), null));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
        .entity(added)
        .build();
  }

  @PUT
  @Path("{id: [0-9]+}")
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(summary = "Change a routing rule")
  public RoutingRuleView changeRule(@PathParam("id") long id, RuleInput input) {
    RuleInput body = Bodies.required(input);
    return routing.change(
        id, new RoutingRuleDraft(body.category(), body.grid(), body.unitCode(), body.version()));
  }

  @DELETE
  @Path("{id: [0-9]+}")
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(summary = "Remove a routing rule")
  public Response removeRule(@PathParam("id") long id) {
    routing.remove(id);
    return Response.noContent().build();
  }

  @GET
  @Path("route")
  @Operation(summary = "Where a case of a category in a grid would go (most specific rule wins)")
  public RouteView route(@QueryParam("category") String category, @QueryParam("grid") String grid) {
    return routing.route(category, grid);
  }
}
