package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.interfaces.http.PasswordChangeGate;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses every API call (403) of somebody who must change his password first, except the change
 * itself and asking who he is.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class PasswordChangeFilter implements ContainerRequestFilter {

  @Context private HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    String path = context.getUriInfo().getPath();
    if (path.startsWith("/")) {
      path = path.substring(1);
    }
    if (path.equals("account/password") || path.equals("me")) {
      return;
    }
    if (PasswordChangeGate.required(request)) {
      throw DomainException.forbidden("password.change-required");
    }
  }
}
