package cn.finegov.kernel.interfaces.rest.problem;

import cn.finegov.kernel.interfaces.rest.RequestLocale;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Failures raised by the JAX-RS runtime itself (no such path, method not allowed, unsupported media
 * type, unreadable body): the same status, as a problem document.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Inject private Problems problems;
  @Context private HttpHeaders headers;
  @Context private UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    String key = "http.error." + status;
    Response answer =
        Problems.response(
            problems.of(status, key, RequestLocale.of(headers), uri.getRequestUri().getPath()));
    Object allow = exception.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
    if (allow != null) {
      return Response.fromResponse(answer).header(HttpHeaders.ALLOW, allow).build();
    }
    return answer;
  }
}
