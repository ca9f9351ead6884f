package cn.finegov.integration.hotline.message;

import cn.finegov.kernel.api.text.JsonTexts;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reading the fields of a hotline message, each failure with the field's name. */
final class JsonFields {

  private final JsonObject object;

  private JsonFields(JsonObject object) {
    this.object = object;
  }

  static JsonFields parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidMessageException("hotline.message.not-json");
    }
    try (JsonReader reader = JsonTexts.reader(new StringReader(text))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidMessageException("hotline.message.not-object");
      }
      return new JsonFields(value.asJsonObject());
    } catch (JsonException e) {
      throw new InvalidMessageException("hotline.message.not-json");
    }
  }

  static JsonFields of(JsonObject object) {
    return new JsonFields(object);
  }

  JsonObject object() {
    return object;
  }

  /** A string, stripped; {@code null} when absent, JSON null or blank. */
  String text(String name) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString string) {
      String s = string.getString().strip();
      return s.isEmpty() ? null : s;
    }
    if (value instanceof JsonNumber number) {
      return number.toString();
    }
    throw new InvalidMessageException("hotline.message.invalid", name, value.toString());
  }

  String required(String name) {
    String value = text(name);
    if (value == null) {
      throw new InvalidMessageException("hotline.message.required", name);
    }
    return value;
  }

  String limited(String name, int max, boolean required) {
    String value = required ? required(name) : text(name);
    if (value != null && value.length() > max) {
      throw new InvalidMessageException("hotline.message.too-long", name, max);
    }
    return value;
  }

  OffsetDateTime time(String name, boolean required) {
    String value = required ? required(name) : text(name);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidMessageException("hotline.message.invalid", name, value);
    }
  }

  Double number(String name) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonNumber number) {
      return number.doubleValue();
    }
    throw new InvalidMessageException("hotline.message.invalid", name, value.toString());
  }

  Integer integer(String name) {
    Double value = number(name);
    if (value == null) {
      return null;
    }
    if (value != Math.rint(value) || value < 0 || value > 365) {
      throw new InvalidMessageException("hotline.message.invalid", name, value);
    }
    return value.intValue();
  }

  boolean flag(String name) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return false;
    }
    if (value == JsonValue.TRUE) {
      return true;
    }
    if (value == JsonValue.FALSE) {
      return false;
    }
    throw new InvalidMessageException("hotline.message.invalid", name, value.toString());
  }

  JsonFields child(String name, boolean required) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        throw new InvalidMessageException("hotline.message.required", name);
      }
      return new JsonFields(JsonValue.EMPTY_JSON_OBJECT);
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidMessageException("hotline.message.invalid", name, value.toString());
    }
    return new JsonFields(value.asJsonObject());
  }
}
