package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.application.org.OrganisationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
 * The organisation tree: read within the caller's scope by holders of {@code kernel.org.read},
 * changed by holders of {@code kernel.org.manage}.
 */
@Path("/org/units")
@RequiresPermission(KernelPermissions.ORG_READ)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Organisation",
    description = "Organisation units: city, districts, streets, communities, departments")
public class OrgUnitResource {

  @Inject private OrganisationService organisation;
  @Context private UriInfo uri;

  @GET
  @Operation(summary = "Units directly below a parent (the top of the tree without parentId)")
  public List<UnitJson> children(@QueryParam("parentId") Long parentId) {
    return organisation.children(parentId).stream().map(UnitJson::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One unit")
  public UnitJson get(@PathParam("id") long id) {
    return UnitJson.of(organisation.node(id));
  }

  @GET
  @Path("by-code/{code}")
  @Operation(summary = "One unit by its code")
  public UnitJson byCode(@PathParam("code") String code) {
    return UnitJson.of(organisation.nodeByCode(code));
  }

  @GET
  @Path("search")
  @Operation(summary = "Units whose code or name contains the text")
  public List<UnitJson> search(@QueryParam("q") String text, @QueryParam("limit") Integer limit) {
    return organisation.search(text, limit == null ? 50 : limit).stream()
        .map(UnitJson::of)
        .toList();
  }

  @POST
  @RequiresPermission(KernelPermissions.ORG_MANAGE)
  @Operation(summary = "Create a unit")
  public Response create(UnitInput input) {
    long id = organisation.create(Bodies.required(input).toDraft()).id();
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(UnitJson.of(organisation.node(id)))
        .build();
  }

  @PUT
  @Path("{id}")
  @RequiresPermission(KernelPermissions.ORG_MANAGE)
  @Operation(
      summary = "Change name, type, parent or position of a unit (send the version last read)")
  public UnitJson update(@PathParam("id") long id, UnitInput input) {
    organisation.update(id, Bodies.required(input).toChange());
    return UnitJson.of(organisation.node(id));
  }

  @POST
  @Path("{id}/deactivate")
  @RequiresPermission(KernelPermissions.ORG_MANAGE)
  @Operation(summary = "Take a unit out of use (refused while active units stand below it)")
  public UnitJson deactivate(@PathParam("id") long id) {
    organisation.deactivate(id);
    return UnitJson.of(organisation.node(id));
  }

  @POST
  @Path("{id}/reactivate")
  @RequiresPermission(KernelPermissions.ORG_MANAGE)
  @Operation(summary = "Put a unit back into use")
  public UnitJson reactivate(@PathParam("id") long id) {
    organisation.reactivate(id);
    return UnitJson.of(organisation.node(id));
  }
}
