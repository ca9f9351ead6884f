package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.lineage.EntityRef;
import cn.finegov.kernel.api.lineage.Lineage;
import cn.finegov.kernel.api.lineage.LinkView;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.api.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lineage links between records of the modules. The record is named by query parameters, so that
 * identifiers with any characters can be asked for.
 */
@Path("/lineage")
@RequestScoped
@RequiresPermission(KernelPermissions.LINEAGE_READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lineage", description = "Which record came from which, across modules")
public class LineageResource {

  /**
   * The links around one record.
   *
   * @param record the record asked about
   * @param origins links to the records it came from
   * @param derived links to the records that came from it
   */
  public record Neighbourhood(EntityRef record, List<LinkView> origins, List<LinkView> derived) {}

  /**
   * A link to record.
   *
   * @param source the earlier record
   * @param target the record derived from it
   * @param relation the kind of derivation, upper case, e.g. {@code CASE_FROM_TICKET}
   */
  public record LinkInput(EntityRef source, EntityRef target, String relation) {}

  @Inject private Lineage lineage;

  @GET
  @Operation(summary = "Where a record came from and what came from it (one step each way)")
  public Neighbourhood around(
      @QueryParam("module") String module,
      @QueryParam("type") String type,
      @QueryParam("id") String id) {
    EntityRef record = new EntityRef(module, type, id);
    return new Neighbourhood(record, lineage.originsOf(record), lineage.derivedFrom(record));
  }

  @GET
  @Path("trace")
  @Operation(summary = "Every link connected to a record, up to the given depth (1 to 10)")
  public List<LinkView> trace(
      @QueryParam("module") String module,
      @QueryParam("type") String type,
      @QueryParam("id") String id,
      @QueryParam("depth") @DefaultValue("5") int depth) {
    return lineage.trace(new EntityRef(module, type, id), depth);
  }

  @POST
  @RequiresPermission(KernelPermissions.LINEAGE_RECORD)
  @Operation(summary = "Record that a record came from another (kept once if sent again)")
  public Response link(LinkInput input) {
    LinkInput body = Bodies.required(input);
    return Response.ok(lineage.link(body.source(), body.target(), body.relation())).build();
  }
}
