package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.module.PermissionDefinition;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.application.role.PermissionRegistry;
import cn.finegov.kernel.application.role.RoleService;
import cn.finegov.kernel.application.role.RoleView;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Roles as bundles of permissions, and the permissions the installed modules declare. */
@Path("/")
@RequestScoped
@RequiresPermission({KernelPermissions.ROLES_MANAGE, KernelPermissions.USERS_MANAGE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Roles", description = "Roles, their permissions, and the separation of duties")
public class RoleResource {

  /**
   * A permission in REST answers.
   *
   * @param key permission key
   * @param module the module that declares it
   * @param name name in the caller's language
   * @param duty SYSTEM, SECURITY, AUDIT or BUSINESS (三员分立)
   */
  public record PermissionJson(String key, String module, String name, String duty) {}

  /**
   * A role sent by a client.
   *
   * @param code role code (creating only)
   * @param nameZh Chinese name
   * @param nameEn English name
   * @param description what it is for
   * @param permissions permission keys
   * @param version the version last read (changing only)
   */
  public record RoleInput(
      String code,
      String nameZh,
      String nameEn,
      String description,
      Set<String> permissions,
      Long version) {}

  @Inject private RoleService roles;
  @Inject private PermissionRegistry permissions;
  @Inject private MessageSource messages;
  @Context private HttpHeaders headers;
  @Context private UriInfo uri;

  @GET
  @Path("permissions")
  @Operation(summary = "The permissions of the installed modules, with their duty")
  public List<PermissionJson> permissions() {
    Locale locale = RequestLocale.of(headers);
    return permissions.all().stream()
        .map(
            (PermissionDefinition p) ->
                new PermissionJson(
                    p.key(), p.moduleKey(), messages.get(locale, p.nameKey()), p.duty().name()))
        .toList();
  }

  @GET
  @Path("roles")
  @Operation(summary = "All roles with their permissions and number of holders")
  public List<RoleView> list() {
    return roles.list();
  }

  @GET
  @Path("roles/{code}")
  @Operation(summary = "One role")
  public RoleView get(@PathParam("code") String code) {
    return roles.find(code);
  }

  @POST
  @Path("roles")
  @RequiresPermission(KernelPermissions.ROLES_MANAGE)
  @Operation(summary = "Create a role")
  public Response create(RoleInput input) {
    RoleInput body = Bodies.required(input);
    RoleView created =
        roles.create(body.code(), body.nameZh(), body.nameEn(), body.description(), granted(body));
    return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("roles/{code}")
  @RequiresPermission(KernelPermissions.ROLES_MANAGE)
  @Operation(summary = "Change a role's names and permissions (send the version last read)")
  public RoleView update(@PathParam("code") String code, RoleInput input) {
    RoleInput body = Bodies.required(input);
    return roles.update(
        code,
        body.nameZh(),
        body.nameEn(),
        body.description(),
        granted(body),
        Bodies.version(body.version()));
  }

  @DELETE
  @Path("roles/{code}")
  @RequiresPermission(KernelPermissions.ROLES_MANAGE)
  @Operation(summary = "Delete a role nobody holds (built-in roles cannot be deleted)")
  public Response delete(@PathParam("code") String code) {
    roles.delete(code);
    return Response.noContent().build();
  }

  private static Set<String> granted(RoleInput input) {
    return input.permissions() == null ? Set.of() : Set.copyOf(input.permissions());
  }
}
