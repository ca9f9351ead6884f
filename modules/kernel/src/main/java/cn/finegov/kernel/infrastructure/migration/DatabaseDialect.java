package cn.finegov.kernel.infrastructure.migration;

import java.util.Locale;
import java.util.Map;

/**
 * The few column types that differ between the supported databases, offered to migrations as
 * placeholders: {@code ${text_type}} for unbounded text and {@code ${binary_type}} for unbounded
 * bytes.
 */
public enum DatabaseDialect {
  POSTGRESQL("text", "bytea"),
  H2("character large object", "binary large object");

  private final String textType;
  private final String binaryType;

  DatabaseDialect(String textType, String binaryType) {
    this.textType = textType;
    this.binaryType = binaryType;
  }

  /**
   * The dialect of a JDBC database product name; PostgreSQL-compatible products count as
   * PostgreSQL.
   */
  public static DatabaseDialect ofProductName(String productName) {
    String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
    if (name.contains("h2")) {
      return H2;
    }
    return POSTGRESQL;
  }

  public Map<String, String> placeholders() {
    return Map.of("text_type", textType, "binary_type", binaryType);
  }
}
