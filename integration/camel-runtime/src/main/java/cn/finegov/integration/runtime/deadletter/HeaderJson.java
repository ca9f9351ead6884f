package cn.finegov.integration.runtime.deadletter;

import cn.finegov.kernel.api.text.JsonTexts;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Message headers stored as a JSON object of strings. */
final class HeaderJson {

  private HeaderJson() {}

  static String write(Map<String, String> headers) {
    JsonObjectBuilder json = JsonTexts.object();
    new TreeMap<>(headers).forEach((key, value) -> json.add(key, value == null ? "" : value));
    return json.build().toString();
  }

  static Map<String, String> read(String text) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return headers;
    }
    try (var reader = JsonTexts.reader(new StringReader(text))) {
      JsonObject object = reader.readObject();
      object.forEach(
          (key, value) ->
              headers.put(
                  key,
                  value.getValueType() == JsonValue.ValueType.STRING
                      ? ((JsonString) value).getString()
                      : value.toString()));
    }
    return headers;
  }
}
