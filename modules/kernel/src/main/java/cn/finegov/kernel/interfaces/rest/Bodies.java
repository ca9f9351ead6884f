package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.error.ValidationException;

/** Checks on request bodies shared by the resources. */
public final class Bodies {

  private Bodies() {}

  /** The body, or a 400 problem when the request had none. */
  public static <T> T required(T body) {
    if (body == null) {
      throw ValidationException.of("body", "validation.body-required");
    }
    return body;
  }

  /** The version a change names (optimistic locking), or a 400 problem when it names none. */
  public static long version(Long version) {
    if (version == null) {
      throw ValidationException.of("version", "validation.required");
    }
    return version;
  }
}
