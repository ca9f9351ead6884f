package cn.finegov.planning.interfaces.rest;

import cn.finegov.kernel.api.error.ValidationException;
import java.util.Locale;

/** Checks on request input shared by the resources. */
final class RestInput {

  private RestInput() {}

  /** The body, or a 400 problem when the request had none. */
  static <T> T required(T body) {
    if (body == null) {
      throw ValidationException.of("body", "validation.body-required");
    }
    return body;
  }

  /** An enum constant named by {@code text} (any case), {@code null} for blank; 400 otherwise. */
  static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of(field, "planning.value-unknown", text);
    }
  }

  /** Like {@link #parse} but required. */
  static <E extends Enum<E>> E parseRequired(Class<E> type, String text, String field) {
    E value = parse(type, text, field);
    if (value == null) {
      throw ValidationException.of(field, "validation.required");
    }
    return value;
  }
}
