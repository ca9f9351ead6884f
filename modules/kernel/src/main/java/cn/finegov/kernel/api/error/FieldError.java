package cn.finegov.kernel.api.error;

import java.util.Objects;

/**
 * One invalid field of an input.
 *
 * @param field name of the field as the caller sent it
 * @param messageKey bundle key of the reason
 * @param arguments arguments of the reason
 */
public record FieldError(String field, String messageKey, Object... arguments) {

  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(messageKey, "messageKey");
    arguments = arguments == null ? new Object[0] : arguments.clone();
  }
}
