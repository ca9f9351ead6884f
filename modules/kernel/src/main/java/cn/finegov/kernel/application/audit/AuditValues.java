package cn.finegov.kernel.application.audit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/** Turns the before and after values of an audit entry into a JSON object text. */
final class AuditValues {

  private AuditValues() {}

  static String toJson(Map<String, ?> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    JsonObjectBuilder object = Json.createObjectBuilder();
    values.forEach((key, value) -> add(object, key, value));
    return object.build().toString();
  }

  private static void add(JsonObjectBuilder object, String key, Object value) {
    if (value == null) {
      object.addNull(key);
    } else if (value instanceof Boolean flag) {
      object.add(key, flag);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      object.add(key, ((Number) value).longValue());
    } else if (value instanceof BigDecimal decimal) {
      object.add(key, decimal);
    } else if (value instanceof BigInteger integer) {
      object.add(key, integer);
    } else if (value instanceof Number number) {
      object.add(key, number.doubleValue());
    } else if (value instanceof Collection<?> collection) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      collection.forEach(item -> array.add(item == null ? "" : item.toString()));
      object.add(key, array);
    } else if (value instanceof Enum<?> constant) {
      object.add(key, constant.name());
    } else {
      object.add(key, value.toString());
    }
  }
}
