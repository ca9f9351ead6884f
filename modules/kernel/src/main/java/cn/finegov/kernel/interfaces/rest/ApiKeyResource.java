package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.application.apikey.ApiKeyDraft;
import cn.finegov.kernel.application.apikey.ApiKeyService;
import cn.finegov.kernel.application.apikey.ApiKeyView;
import cn.finegov.kernel.application.apikey.IssuedApiKey;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * API keys of external systems. The secret is in the answer to the issuing call only; the server
 * keeps a hash.
 */
@Path("/api-keys")
@RequestScoped
@RequiresPermission(KernelPermissions.API_KEYS_MANAGE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Keys with which external systems call the API")
public class ApiKeyResource {

  /**
   * A key to issue.
   *
   * @param systemName the external system
   * @param description what it is for
   * @param permissions what it may do
   * @param unitId the unit it is confined to (with everything below), or {@code null} for all
   * @param expiresAt end of validity (ISO-8601), or {@code null}
   */
  public record ApiKeyInput(
      String systemName,
      String description,
      Set<String> permissions,
      Long unitId,
      Instant expiresAt) {}

  @Inject private ApiKeyService keys;
  @Context private UriInfo uri;

  @GET
  @Operation(summary = "All keys the caller may see (never their secrets)")
  public List<ApiKeyView> list() {
    return keys.list();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One key")
  public ApiKeyView get(@PathParam("id") long id) {
    return keys.find(id);
  }

  @POST
  @Operation(summary = "Issue a key; the answer holds the secret, shown this once")
  public Response issue(ApiKeyInput input) {
    ApiKeyInput body = Bodies.required(input);
    IssuedApiKey issued =
        keys.issue(
            new ApiKeyDraft(
                body.systemName(),
                body.description(),
                body.permissions(),
                body.unitId(),
                body.expiresAt()));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(issued.key().id())).build())
        .entity(issued)
        .build();
  }

  @POST
  @Path("{id}/revoke")
  @Operation(summary = "Revoke a key for good")
  public ApiKeyView revoke(@PathParam("id") long id) {
    return keys.revoke(id);
  }
}
