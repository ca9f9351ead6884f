package cn.finegov.integration.egov.interfaces.rest;

import cn.finegov.integration.egov.EgovModule;
import cn.finegov.integration.egov.orgsync.ImportRecord;
import cn.finegov.integration.egov.orgsync.ImportStatus;
import cn.finegov.integration.egov.orgsync.OrgSyncUploads;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation directory synchronisation, for the system administrator. */
@Path("/egov/orgsync")
@ModuleApi(EgovModule.KEY)
@RequestScoped
@RequiresPermission(EgovModule.ORGSYNC_MANAGE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "E-government platform", description = "Organisation directory synchronisation")
public class OrgSyncResource {

  /**
   * A page of imports, newest first.
   *
   * @param total all imports
   * @param items this page
   */
  public record ImportPage(long total, List<ImportJson> items) {}

  @Inject private OrgSyncUploads uploads;
  @Context private UriInfo uri;

  @GET
  @Path("imports")
  @Operation(summary = "Received directory files and what applying them did, newest first")
  public ImportPage imports(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return new ImportPage(
        uploads.count(),
        uploads.list(Math.max(0, first), Math.max(1, max)).stream().map(ImportJson::of).toList());
  }

  @GET
  @Path("imports/{id}")
  @Operation(summary = "One import")
  public ImportJson get(@PathParam("id") long id) {
    return uploads
        .find(id)
        .map(ImportJson::of)
        .orElseThrow(() -> DomainException.notFound("orgsync.import.not-found", id));
  }

  @POST
  @Path("files")
  @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
  @Operation(
      summary = "Hand in a directory file (CSV, UTF-8 or GBK) as if the platform had dropped it",
      description =
          "202 with the queued import; 200 with a DUPLICATE import when the same content came before;"
              + " 400 with the reason when the file cannot be read (it is also kept in the dead letters).")
  public Response upload(@QueryParam("name") String name, byte[] content) {
    ImportRecord record = uploads.upload(name, content);
    ImportJson json = ImportJson.of(record);
    if (record.status() == ImportStatus.DUPLICATE) {
      return Response.ok(json).build();
    }
    return Response.accepted(json)
        .location(uri.getBaseUriBuilder().path("egov/orgsync/imports/{id}").build(record.id()))
        .build();
  }
}
