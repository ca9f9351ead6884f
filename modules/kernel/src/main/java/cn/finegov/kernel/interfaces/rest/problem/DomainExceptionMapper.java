package cn.finegov.kernel.interfaces.rest.problem;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.interfaces.rest.RequestLocale;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Refusals of the domain: 400, 401, 403, 404, 409 or 422 by their kind. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Inject private Problems problems;
  @Context private HttpHeaders headers;
  @Context private UriInfo uri;

  @Override
  public Response toResponse(DomainException refusal) {
    Response response =
        Problems.response(
            problems.of(refusal, RequestLocale.of(headers), uri.getRequestUri().getPath()));
    if (refusal.kind() == DomainException.Kind.UNAUTHENTICATED) {
      return Response.fromResponse(response)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"governance\"")
          .build();
    }
    return response;
  }
}
