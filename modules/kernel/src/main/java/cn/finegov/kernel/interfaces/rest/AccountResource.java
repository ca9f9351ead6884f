package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.application.user.UserService;
import cn.finegov.kernel.interfaces.http.PasswordChangeGate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in person's own account. */
@Path("/account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account", description = "The caller's own account")
public class AccountResource {

  /**
   * A change of the own password.
   *
   * @param currentPassword the password now
   * @param newPassword the new one
   */
  public record PasswordChange(String currentPassword, String newPassword) {}

  @Inject private UserService users;
  @Context private HttpServletRequest request;

  @PUT
  @Path("password")
  @Operation(summary = "Change the own password (the current one is needed)")
  public Response changePassword(PasswordChange change) {
    PasswordChange body = Bodies.required(change);
    users.changeOwnPassword(chars(body.currentPassword()), chars(body.newPassword()));
    PasswordChangeGate.satisfied(request);
    return Response.noContent().build();
  }

  private static char[] chars(String text) {
    return text == null ? null : text.toCharArray();
  }
}
