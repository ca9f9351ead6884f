package cn.finegov.kernel.api.error;

import java.util.ArrayList;
import java.util.List;

/** Input that fails validation, with every invalid field at once (HTTP 400). */
public class ValidationException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super(Kind.INVALID, "error.validation", errors.size());
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  public static ValidationException of(String field, String messageKey, Object... arguments) {
    return new ValidationException(List.of(new FieldError(field, messageKey, arguments)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** Collects field errors and throws them together. */
  public static final class Collector {
    private final List<FieldError> errors = new ArrayList<>();

    public Collector add(String field, String messageKey, Object... arguments) {
      errors.add(new FieldError(field, messageKey, arguments));
      return this;
    }

    /** Adds an error when {@code value} is null or blank. */
    public Collector required(String field, String value) {
      if (value == null || value.isBlank()) {
        add(field, "validation.required");
      }
      return this;
    }

    /** Adds an error when {@code value} is longer than {@code max} characters. */
    public Collector maxLength(String field, String value, int max) {
      if (value != null && value.length() > max) {
        add(field, "validation.too-long", max);
      }
      return this;
    }

    public void throwIfAny() {
      if (!errors.isEmpty()) {
        throw new ValidationException(errors);
      }
    }
  }
}
