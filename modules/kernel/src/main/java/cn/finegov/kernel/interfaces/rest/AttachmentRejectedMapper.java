package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.attachment.AttachmentRejectedException;
import cn.finegov.kernel.interfaces.rest.problem.Problem;
import cn.finegov.kernel.interfaces.rest.problem.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** Refused uploads: 413 too large, 415 type not allowed, 400 empty, as problem documents. */
@Provider
public class AttachmentRejectedMapper implements ExceptionMapper<AttachmentRejectedException> {

  @Inject private Problems problems;
  @Context private HttpHeaders headers;
  @Context private UriInfo uri;

  @Override
  public Response toResponse(AttachmentRejectedException refusal) {
    Locale locale = RequestLocale.of(headers);
    Problem problem = problems.of(refusal, locale, uri.getRequestUri().getPath());
    return Problems.response(
        new Problem(
            refusal.status(),
            problems.title(refusal.status(), locale),
            problem.detail(),
            problem.code(),
            problem.instance(),
            problem.errors(),
            null));
  }
}
