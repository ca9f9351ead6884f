package cn.finegov.grid.interfaces.rest.open311;

import cn.finegov.kernel.api.text.JsonTexts;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The two formats of GeoReport v2, chosen by the extension of the resource ({@code services.json},
 * {@code services.xml}). A document is a list of objects (root and item element names for XML) or
 * one object; an object's values are text, numbers, booleans, {@code null}, lists of texts or
 * objects (XML items named by the list's name without its final {@code s}) or objects.
 */
enum Open311Format {
  JSON("json", "application/json; charset=utf-8"),
  XML("xml", "text/xml; charset=utf-8");

  private final String extension;
  private final String mediaType;

  Open311Format(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The format of an extension ({@code json}, {@code xml}; any case), empty for others. */
  static Optional<Open311Format> of(String extension) {
    for (Open311Format format : values()) {
      if (format.extension.equalsIgnoreCase(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  String mediaType() {
    return mediaType;
  }

  /** A list document: a JSON array, or {@code <root><item>...</item></root>}. */
  Response list(int status, String root, String item, List<Map<String, Object>> rows) {
    return Response.status(status).type(mediaType).entity(listBody(root, item, rows)).build();
  }

  /** The text of a list document. */
  String listBody(String root, String item, List<Map<String, Object>> rows) {
    String body;
    if (this == JSON) {
      JsonArrayBuilder array = JsonTexts.array();
      rows.forEach(row -> array.add(object(row)));
      body = array.build().toString();
    } else {
      body =
          xml(
              writer -> {
                writer.writeStartElement(root);
                for (Map<String, Object> row : rows) {
                  writer.writeStartElement(item);
                  fields(writer, row);
                  writer.writeEndElement();
                }
                writer.writeEndElement();
              });
    }
    return body;
  }

  /** A one-object document: a JSON object, or {@code <root>...</root>}. */
  Response object(int status, String root, Map<String, Object> fields) {
    return Response.status(status).type(mediaType).entity(objectBody(root, fields)).build();
  }

  /** The text of a one-object document. */
  String objectBody(String root, Map<String, Object> fields) {
    String body;
    if (this == JSON) {
      body = object(fields).build().toString();
    } else {
      body =
          xml(
              writer -> {
                writer.writeStartElement(root);
                fields(writer, fields);
                writer.writeEndElement();
              });
    }
    return body;
  }

  /** Errors as the specification writes them: {@code [{"code":400,"description":"..."}]}. */
  Response errors(int status, List<String> descriptions) {
    return Response.status(status).type(mediaType).entity(errorsBody(status, descriptions)).build();
  }

  /** The text of an error document. */
  String errorsBody(int status, List<String> descriptions) {
    List<Map<String, Object>> rows =
        descriptions.stream()
            .map(d -> Map.<String, Object>of("code", status, "description", d))
            .map(Open311Format::ordered)
            .toList();
    return listBody("errors", "error", rows);
  }

  private static Map<String, Object> ordered(Map<String, Object> error) {
    Map<String, Object> fields = new java.util.LinkedHashMap<>();
    fields.put("code", error.get("code"));
    fields.put("description", error.get("description"));
    return fields;
  }

  @SuppressWarnings("unchecked")
  private static JsonObjectBuilder object(Map<String, Object> fields) {
    JsonObjectBuilder object = JsonTexts.object();
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      Object value = field.getValue();
      String key = field.getKey();
      if (value == null) {
        object.addNull(key);
      } else if (value instanceof Boolean b) {
        object.add(key, b);
      } else if (value instanceof Integer i) {
        object.add(key, i);
      } else if (value instanceof Long l) {
        object.add(key, l);
      } else if (value instanceof Double d) {
        object.add(key, d);
      } else if (value instanceof Map<?, ?> map) {
        object.add(key, object((Map<String, Object>) map));
      } else if (value instanceof List<?> list) {
        JsonArrayBuilder array = JsonTexts.array();
        for (Object element : list) {
          if (element instanceof Map<?, ?> map) {
            array.add(object((Map<String, Object>) map));
          } else {
            array.add(String.valueOf(element));
          }
        }
        object.add(key, array);
      } else {
        object.add(key, value.toString());
      }
    }
    return object;
  }

  @SuppressWarnings("unchecked")
  private static void fields(XMLStreamWriter writer, Map<String, Object> fields)
      throws XMLStreamException {
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      Object value = field.getValue();
      String key = field.getKey();
      if (value == null) {
        writer.writeEmptyElement(key);
      } else if (value instanceof Map<?, ?> map) {
        writer.writeStartElement(key);
        fields(writer, (Map<String, Object>) map);
        writer.writeEndElement();
      } else if (value instanceof List<?> list) {
        String item = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
        writer.writeStartElement(key);
        for (Object element : list) {
          writer.writeStartElement(item);
          if (element instanceof Map<?, ?> map) {
            fields(writer, (Map<String, Object>) map);
          } else {
            writer.writeCharacters(String.valueOf(element));
          }
          writer.writeEndElement();
        }
        writer.writeEndElement();
      } else {
        writer.writeStartElement(key);
        writer.writeCharacters(value.toString());
        writer.writeEndElement();
      }
    }
  }

  @FunctionalInterface
  private interface XmlBody {
    void write(XMLStreamWriter writer) throws XMLStreamException;
  }

  private static String xml(XmlBody body) {
    StringWriter out = new StringWriter();
    try {
      // The declaration as the specification shows it (double quotes, encoding named).
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
      XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      body.write(writer);
      writer.flush();
      writer.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("The XML answer could not be written", e);
    }
    return out.toString();
  }
}
