package cn.finegov.grid.interfaces.rest.road;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.application.road.ChiefDraft;
import cn.finegov.grid.application.road.ChiefView;
import cn.finegov.grid.application.road.RoadDraft;
import cn.finegov.grid.application.road.RoadService;
import cn.finegov.grid.application.road.RoadView;
import cn.finegov.grid.application.road.SignboardView;
import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.interfaces.rest.Bodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Road segments and their chiefs. Chiefs' phones are masked for readers without {@code
 * grid.reference.manage}; the signboard's public phone is not.
 */
@Path("/grid/roads")
@ModuleApi(GridModule.KEY)
@RequestScoped
@RequiresPermission({GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grid: roads", description = "Road segments, road chiefs and signboards")
public class RoadResource {

  /**
   * A segment as sent by a client; {@code version} when changing.
   *
   * @param geometry GeoJSON LineString ({@code [longitude, latitude]} positions), as text or as a
   *     JSON object
   */
  public record RoadInput(
      String code,
      String name,
      String fromPlace,
      String toPlace,
      String streetUnit,
      String gridCode,
      jakarta.json.JsonValue geometry,
      String signPhone,
      Long version) {

    RoadDraft draft() {
      String line =
          geometry == null || geometry.getValueType() == jakarta.json.JsonValue.ValueType.NULL
              ? null
              : geometry.getValueType() == jakarta.json.JsonValue.ValueType.STRING
                  ? ((jakarta.json.JsonString) geometry).getString()
                  : geometry.toString();
      return new RoadDraft(code, name, fromPlace, toPlace, streetUnit, gridCode, line, signPhone);
    }
  }

  /** A chief as sent by a client; {@code version} when changing. */
  public record ChiefInput(
      String tier, String name, String username, String unitCode, String phone, Long version) {

    ChiefDraft draft() {
      return new ChiefDraft(tier, name, username, unitCode, phone);
    }
  }

  @Inject RoadService roads;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Road segments with their chiefs, by code; q filters code and name")
  public List<RoadView> list(
      @QueryParam("q") String q, @QueryParam("all") @DefaultValue("false") boolean all) {
    return roads.list(q, !all);
  }

  @GET
  @Path("mine")
  @RequiresPermission({})
  @Operation(summary = "The active segments the signed-in person is a road chief of")
  public List<RoadView> mine() {
    return roads.mine();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One segment with its chiefs")
  public RoadView get(@PathParam("id") long id) {
    return roads.find(id);
  }

  @GET
  @Path("{id}/signboard")
  @Operation(summary = "The public signboard of a segment: road, chiefs' names and tiers, phone")
  public SignboardView signboard(@PathParam("id") long id) {
    return roads.signboard(id);
  }

  @POST
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(summary = "Create a segment")
  public Response create(RoadInput input) {
    RoadView created = roads.create(Bodies.required(input).draft());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(summary = "Change a segment (version required)")
  public RoadView update(@PathParam("id") long id, RoadInput input) {
    return roads.update(id, Bodies.version(Bodies.required(input).version()), input.draft());
  }

  @POST
  @Path("{id}/deactivate")
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(summary = "Take a segment out of use")
  public RoadView deactivate(@PathParam("id") long id) {
    return roads.activate(id, false);
  }

  @POST
  @Path("{id}/activate")
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(summary = "Put a segment back into use")
  public RoadView activate(@PathParam("id") long id) {
    return roads.activate(id, true);
  }

  @POST
  @Path("{id}/chiefs")
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(summary = "Appoint a road chief to a segment")
  public Response appoint(@PathParam("id") long id, ChiefInput input) {
    ChiefView chief = roads.appoint(id, Bodies.required(input).draft());
    return Response.created(
            uri.getBaseUriBuilder().path("grid/roads/chiefs/{id}").build(chief.id()))
        .entity(chief)
        .build();
  }

  @PUT
  @Path("chiefs/{chiefId}")
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(summary = "Change a road chief (version required)")
  public ChiefView changeChief(@PathParam("chiefId") long chiefId, ChiefInput input) {
    return roads.changeChief(
        chiefId, Bodies.version(Bodies.required(input).version()), input.draft());
  }

  @DELETE
  @Path("chiefs/{chiefId}")
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(summary = "Remove a road chief")
  public Response removeChief(@PathParam("chiefId") long chiefId) {
    roads.removeChief(chiefId);
    return Response.noContent().build();
  }
}
