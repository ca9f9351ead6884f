package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.application.user.UserService;
import cn.finegov.kernel.application.user.UserView;
import cn.finegov.kernel.domain.model.user.UserQuery;
import jakarta.enterprise.context.RequestScoped;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** User accounts of the caller's scope, for holders of {@code kernel.users.manage}. */
@Path("/users")
@RequestScoped
@RequiresPermission(KernelPermissions.USERS_MANAGE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "User accounts, their units and roles")
public class UserResource {

  /**
   * A page of users.
   *
   * @param total number of users matching the filter
   * @param items the users of this page
   */
  public record UserPage(long total, List<UserView> items) {}

  /**
   * A new password.
   *
   * @param password the password
   */
  public record PasswordInput(String password) {}

  @Inject private UserService users;
  @Context private UriInfo uri;

  @GET
  @Operation(summary = "Users matching a filter, a page at a time")
  public UserPage list(
      @QueryParam("q") String text,
      @QueryParam("unitId") Long unitId,
      @QueryParam("role") String role,
      @QueryParam("active") Boolean active,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    UserQuery query = new UserQuery(text, unitId, role, active, "username", true);
    return new UserPage(
        users.count(query), users.search(query, Math.max(first, 0), Math.max(1, max)));
  }

  @GET
  @Path("{id}")
  public UserView get(@PathParam("id") long id) {
    return users.find(id);
  }

  @POST
  @Operation(summary = "Create a user account")
  public Response create(UserInput input) {
    UserView created = users.create(Bodies.required(input).toDraft());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change name, unit and roles (send the version last read)")
  public UserView update(@PathParam("id") long id, UserInput input) {
    return users.update(id, Bodies.required(input).toChange());
  }

  @POST
  @Path("{id}/password")
  @Operation(summary = "Set a temporary password, to be changed at the next sign-in")
  public Response resetPassword(@PathParam("id") long id, PasswordInput input) {
    if (input == null || input.password() == null) {
      throw ValidationException.of("password", "validation.required");
    }
    users.resetPassword(id, input.password().toCharArray());
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/unlock")
  @Operation(summary = "Lift a lock after failed sign-ins")
  public UserView unlock(@PathParam("id") long id) {
    return users.unlock(id);
  }

  @POST
  @Path("{id}/deactivate")
  public UserView deactivate(@PathParam("id") long id) {
    return users.deactivate(id);
  }

  @POST
  @Path("{id}/reactivate")
  public UserView reactivate(@PathParam("id") long id) {
    return users.reactivate(id);
  }
}
