package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.error.ValidationException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Conversions of text values of requests (query parameters, body fields) shared by the resources.
 */
final class RequestValues {

  private RequestValues() {}

  /**
   * An ISO-8601 instant ({@code 2026-05-01T00:00:00Z}), {@code null} when blank; a 400 problem on
   * {@code field} when it is not one.
   */
  static Instant instant(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw ValidationException.of(field, "validation.instant", text.strip());
    }
  }
}
