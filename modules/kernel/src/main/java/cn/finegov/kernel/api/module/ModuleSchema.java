package cn.finegov.kernel.api.module;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a module's versioned migrations live and which history table records them.
 *
 * @param location class-path location of the migrations, e.g. {@code db/migration/grid}
 * @param tablePrefix the prefix every table of the module carries, e.g. {@code grd_}; the history
 *     table is {@code <prefix>schema_history}
 */
public record ModuleSchema(String location, String tablePrefix) {

  private static final Pattern PREFIX = Pattern.compile("[a-z]{3}_");

  public ModuleSchema {
    Objects.requireNonNull(location, "location");
    if (tablePrefix == null || !PREFIX.matcher(tablePrefix).matches()) {
      throw new IllegalArgumentException(
          "table prefix must be three lower-case letters and an underscore: " + tablePrefix);
    }
  }

  public String historyTable() {
    return tablePrefix + "schema_history";
  }
}
