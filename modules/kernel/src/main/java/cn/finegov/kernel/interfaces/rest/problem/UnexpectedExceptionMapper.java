package cn.finegov.kernel.interfaces.rest.problem;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.interfaces.rest.RequestLocale;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. Known causes found in the cause chain (a domain refusal wrapped by a
 * transaction, a concurrent change, a violated database constraint, unreadable JSON) get their
 * proper status; anything unexpected is logged under an incident id and answered 500 with that id
 * and no internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Inject private Problems problems;
  @Context private HttpHeaders headers;
  @Context private UriInfo uri;

  @Override
  public Response toResponse(Throwable failure) {
    Locale locale = RequestLocale.of(headers);
    String path = uri.getRequestUri().getPath();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof DomainException refusal) {
        return Problems.response(problems.of(refusal, locale, path));
      }
      if (cause instanceof OptimisticLockException) {
        return Problems.response(problems.of(409, "error.concurrent-change", locale, path));
      }
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        // Which constraint, for the log: the first line names it; the lines after it (the
        // key's values) may hold personal data and are left out.
        String message = String.valueOf(sql.getMessage()).lines().findFirst().orElse("");
        LOG.warning(() -> "409 on " + path + ": SQL state " + sql.getSQLState() + ", " + message);
        return Problems.response(problems.of(409, "error.constraint", locale, path));
      }
      if (cause instanceof JsonbException || cause instanceof JsonException) {
        return Problems.response(problems.of(400, "error.malformed-json", locale, path));
      }
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident + " on " + path, failure);
    return Problems.response(problems.incident(incident, locale, path));
  }
}
