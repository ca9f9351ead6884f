package cn.finegov.integration.hotline.interfaces.rest;

import cn.finegov.integration.hotline.HotlineModule;
import cn.finegov.integration.hotline.mapping.Disposition;
import cn.finegov.integration.hotline.mapping.MappingDraft;
import cn.finegov.integration.hotline.mapping.MappingService;
import cn.finegov.integration.hotline.mapping.MappingView;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.interfaces.rest.Bodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The mapping of the hotline's categories (flbm) to what the suite does with their tickets. Read
 * with {@code hotline.ticket.read}, changed with {@code hotline.mapping.manage} (audited; applies
 * to tickets taken in afterwards).
 */
@Path("/hotline/mappings")
@ModuleApi(HotlineModule.KEY)
@RequestScoped
@RequiresPermission({HotlineModule.TICKET_READ, HotlineModule.MAPPING_MANAGE})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "12345 hotline: category mapping", description = "Hotline categories → grid cases")
public class MappingResource {

  /**
   * A line as sent by a client.
   *
   * @param name the category's name
   * @param disposition CASE, MANUAL, PLANNING or DISCLOSURE
   * @param gridCategory the grid category ({@code C0109}), required for CASE
   * @param active in use (default true)
   * @param version the version last read: required to change a stored line, absent for a new one
   */
  public record MappingJson(
      String name, String disposition, String gridCategory, Boolean active, Long version) {}

  @Inject private MappingService mappings;
  @Context private UriInfo uri;

  @GET
  @Operation(summary = "Every line of the mapping, by code")
  public List<MappingView> list() {
    return mappings.list();
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One line by the hotline's category code")
  public MappingView get(@PathParam("code") String code) {
    return mappings.get(code);
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(HotlineModule.MAPPING_MANAGE)
  @Operation(
      summary = "Add or change a line",
      description =
          "201 for a new line, 200 for a change; 400 with the fields in error (unknown grid"
              + " category, missing name), 409 when the version is stale.")
  public Response put(@PathParam("code") String code, MappingJson body) {
    Bodies.required(body);
    boolean exists = mappings.exists(code);
    Long version = exists ? Bodies.version(body.version()) : null;
    MappingView saved =
        mappings.save(
            new MappingDraft(
                code,
                body.name(),
                disposition(body.disposition()),
                body.gridCategory(),
                body.active() == null || body.active(),
                version));
    if (exists) {
      return Response.ok(saved).build();
    }
    return Response.created(uri.getAbsolutePath()).entity(saved).build();
  }

  private static Disposition disposition(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Disposition.valueOf(name.strip());
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("disposition", "hotline.ui.mapping.disposition-unknown", name);
    }
  }
}
