package cn.finegov.kernel.application.audit;

import cn.finegov.kernel.api.text.JsonTexts;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the before and after values of an audit entry into a JSON object text, and back into rows
 * for screens.
 */
final class AuditValues {

  private AuditValues() {}

  static String toJson(Map<String, ?> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    JsonObjectBuilder object = JsonTexts.object();
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
      JsonArrayBuilder array = JsonTexts.array();
      collection.forEach(item -> array.add(item == null ? "" : item.toString()));
      object.add(key, array);
    } else if (value instanceof Enum<?> constant) {
      object.add(key, constant.name());
    } else {
      object.add(key, value.toString());
    }
  }

  /**
   * The fields of the before and after objects side by side, in the order they first appear (before
   * first). A text that is not a JSON object is shown as one row named {@code *}.
   */
  static List<ValueChange> changes(String before, String after) {
    JsonObject old = parse(before);
    JsonObject now = parse(after);
    List<ValueChange> rows = new ArrayList<>();
    if ((before != null && old == null) || (after != null && now == null)) {
      rows.add(new ValueChange("*", before, after));
      return rows;
    }
    Set<String> fields = new LinkedHashSet<>();
    if (old != null) {
      fields.addAll(old.keySet());
    }
    if (now != null) {
      fields.addAll(now.keySet());
    }
    for (String field : fields) {
      rows.add(new ValueChange(field, text(old, field), text(now, field)));
    }
    return rows;
  }

  private static JsonObject parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try (var reader = JsonTexts.reader(new StringReader(text))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject object ? object : null;
    } catch (JsonException e) {
      return null;
    }
  }

  private static String text(JsonObject object, String field) {
    if (object == null || !object.containsKey(field)) {
      return null;
    }
    JsonValue value = object.get(field);
    return value instanceof JsonString string ? string.getString() : value.toString();
  }
}
