package cn.finegov.integration.egov.orgsync;

import cn.finegov.kernel.api.text.JsonTexts;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The inbox message of a directory file: the parsed rows as JSON, readable in a dead letter. */
final class BatchJson {

  private BatchJson() {}

  static String write(OrgDirectoryBatch batch) {
    JsonArrayBuilder rows = JsonTexts.array();
    for (OrgDirectoryBatch.Row row : batch.rows()) {
      JsonObjectBuilder fields = JsonTexts.object();
      row.fields().forEach((column, value) -> fields.add(column, value == null ? "" : value));
      rows.add(JsonTexts.object().add("line", row.number()).add("fields", fields));
    }
    return JsonTexts.object()
        .add("file", batch.fileName() == null ? "" : batch.fileName())
        .add("messageId", batch.messageId())
        .add("charset", batch.charset() == null ? "" : batch.charset())
        .add("rows", rows)
        .build()
        .toString();
  }

  static OrgDirectoryBatch read(String text) {
    try (JsonReader reader = JsonTexts.reader(new StringReader(text))) {
      JsonObject json = reader.readObject();
      List<OrgDirectoryBatch.Row> rows = new ArrayList<>();
      for (JsonValue value : json.getJsonArray("rows")) {
        JsonObject row = value.asJsonObject();
        Map<String, String> fields = new LinkedHashMap<>();
        row.getJsonObject("fields")
            .forEach((column, field) -> fields.put(column, ((JsonString) field).getString()));
        rows.add(new OrgDirectoryBatch.Row(row.getInt("line"), fields));
      }
      return new OrgDirectoryBatch(
          json.getString("file", ""),
          json.getString("messageId"),
          json.getString("charset", ""),
          rows);
    }
  }
}
