package cn.finegov.kernel.api.lineage;

import cn.finegov.kernel.api.error.ValidationException;
import java.util.regex.Pattern;

/**
 * A record of some module, named by the module's key, the kind of record inside it and its
 * identifier (e.g. {@code grid / Case / 2026-000123}).
 *
 * @param module the module key, e.g. {@code grid}
 * @param type the kind of record, e.g. {@code Case}
 * @param id the record's identifier inside its module
 */
public record EntityRef(String module, String type, String id) {

  public static final int MAX_MODULE = 40;
  public static final int MAX_TYPE = 60;
  public static final int MAX_ID = 100;

  private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  private static final Pattern TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,59}");

  public EntityRef {
    ValidationException.Collector errors = new ValidationException.Collector();
    if (module == null || !MODULE.matcher(module).matches()) {
      errors.add("module", "lineage.module.invalid", String.valueOf(module));
    }
    if (type == null || !TYPE.matcher(type).matches()) {
      errors.add("type", "lineage.type.invalid", String.valueOf(type));
    }
    if (id == null || id.isBlank()) {
      errors.add("id", "lineage.id.required");
    } else if (id.length() > MAX_ID || !id.strip().equals(id)) {
      errors.add("id", "lineage.id.invalid", MAX_ID);
    }
    errors.throwIfAny();
  }

  /** A reference with a numeric identifier. */
  public static EntityRef of(String module, String type, long id) {
    return new EntityRef(module, type, Long.toString(id));
  }

  @Override
  public String toString() {
    return module + "/" + type + "/" + id;
  }
}
