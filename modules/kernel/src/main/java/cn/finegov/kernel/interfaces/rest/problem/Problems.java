package cn.finegov.kernel.interfaces.rest.problem;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.i18n.MessageSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds problem documents in the caller's language. */
@ApplicationScoped
public class Problems {

  @Inject private MessageSource messages;

  /** A problem for a refusal of the domain. */
  public Problem of(DomainException refusal, Locale locale, String instance) {
    int status = refusal.kind().status();
    List<Problem.Field> fields =
        refusal instanceof ValidationException invalid
            ? invalid.errors().stream()
                .map(
                    error ->
                        new Problem.Field(
                            error.field(),
                            messages.get(locale, error.messageKey(), error.arguments())))
                .toList()
            : List.of();
    return new Problem(
        status,
        title(status, locale),
        messages.describe(locale, refusal),
        refusal.messageKey(),
        instance,
        fields,
        null);
  }

  /** A problem with a status and a message key. */
  public Problem of(
      int status, String messageKey, Locale locale, String instance, Object... arguments) {
    return new Problem(
        status,
        title(status, locale),
        messages.get(locale, messageKey, arguments),
        messageKey,
        instance,
        List.of(),
        null);
  }

  /** A server error; the detail names the incident under which the cause was logged. */
  public Problem incident(String incidentId, Locale locale, String instance) {
    return new Problem(
        500,
        title(500, locale),
        messages.get(locale, "error.internal", incidentId),
        "error.internal",
        instance,
        List.of(),
        incidentId);
  }

  /** The title of a status ("请求无效" / "Bad request"). */
  public String title(int status, Locale locale) {
    String key = "http.status." + status;
    if (messages.contains(key)) {
      return messages.get(locale, key);
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? String.valueOf(status) : known.getReasonPhrase();
  }

  /** The response carrying the problem. */
  public static Response response(Problem problem) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
        .entity(problem.toJson())
        .build();
  }
}
