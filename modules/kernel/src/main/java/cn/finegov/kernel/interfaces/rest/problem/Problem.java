package cn.finegov.kernel.interfaces.rest.problem;

import cn.finegov.kernel.api.text.JsonTexts;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * A problem details document (RFC 9457).
 *
 * @param status the HTTP status
 * @param title short, human-readable summary of the kind of problem
 * @param detail human-readable explanation of this occurrence
 * @param code machine-readable reason (the message key), extension member
 * @param instance the request path
 * @param errors invalid fields, extension member (empty when not a validation problem)
 * @param incidentId identifier of a logged server error, extension member (or {@code null})
 */
public record Problem(
    int status,
    String title,
    String detail,
    String code,
    String instance,
    List<Field> errors,
    String incidentId) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One invalid field.
   *
   * @param field the field's name
   * @param message why it is invalid
   */
  public record Field(String field, String message) {}

  public String type() {
    return "urn:finegov:problem:" + code;
  }

  /** The document as JSON text. */
  public String toJson() {
    JsonObjectBuilder json =
        JsonTexts.object()
            .add("type", type())
            .add("title", title)
            .add("status", status)
            .add("detail", detail)
            .add("code", code);
    if (instance != null) {
      json.add("instance", instance);
    }
    if (errors != null && !errors.isEmpty()) {
      JsonArrayBuilder array = JsonTexts.array();
      errors.forEach(
          error ->
              array.add(
                  JsonTexts.object().add("field", error.field()).add("message", error.message())));
      json.add("errors", array);
    }
    if (incidentId != null) {
      json.add("incidentId", incidentId);
    }
    return json.build().toString();
  }
}
