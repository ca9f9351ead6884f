package cn.finegov.kernel.api.text;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;

/**
 * JSON-P builders and readers of one provider, looked up once. The static methods of {@code
 * jakarta.json.Json} look the provider up through the service loader on every call, which searches
 * the jars of the application's class loaders: in the grid benchmark's flight recording that search
 * was more than half the cost of writing an audit entry's values.
 */
public final class JsonTexts {

  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonTexts() {}

  public static JsonObjectBuilder object() {
    return PROVIDER.createObjectBuilder();
  }

  /** A builder holding the members of {@code object}, to change or add to. */
  public static JsonObjectBuilder object(JsonObject object) {
    return PROVIDER.createObjectBuilder(object);
  }

  public static JsonArrayBuilder array() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonReader reader(Reader reader) {
    return PROVIDER.createReader(reader);
  }
}
