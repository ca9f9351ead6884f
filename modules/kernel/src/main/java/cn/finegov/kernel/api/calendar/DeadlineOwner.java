package cn.finegov.kernel.api.calendar;

import java.util.Objects;

/**
 * The record a deadline belongs to, named by the owning module: e.g. module {@code disclosure},
 * type {@code DisclosureApplication}, id {@code 42}.
 *
 * @param module the owning module's key (at most 40 characters)
 * @param type the kind of record (at most 60 characters)
 * @param id the record's identifier (at most 80 characters)
 */
public record DeadlineOwner(String module, String type, String id) {

  public static final int MAX_MODULE = 40;
  public static final int MAX_TYPE = 60;
  public static final int MAX_ID = 80;

  public DeadlineOwner {
    module = checked(module, MAX_MODULE, "module");
    type = checked(type, MAX_TYPE, "type");
    id = checked(id, MAX_ID, "id");
  }

  private static String checked(String value, int max, String what) {
    Objects.requireNonNull(value, what);
    String clean = value.strip();
    if (clean.isEmpty() || clean.length() > max) {
      throw new IllegalArgumentException(
          "owner " + what + " must have 1 to " + max + " characters: '" + value + "'");
    }
    return clean;
  }
}
