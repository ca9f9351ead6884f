package cn.finegov.grid.application.component;

import cn.finegov.grid.application.component.ComponentService.NumberedDraft;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.export.XlsxRows;
import cn.finegov.kernel.api.text.JsonTexts;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The component files: an Excel workbook (first sheet, a header row naming the columns in Chinese
 * or English or by their field names, one component per row; the export writes the same columns)
 * and a GeoJSON FeatureCollection of Point features whose properties carry the fields by name.
 */
public final class ComponentFiles {

  /** Largest file accepted, in bytes. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** The columns: field name, Chinese header, English header. */
  static final String[][] COLUMNS = {
    {"componentId", "标识码", "Component id"},
    {"category", "小类代码", "Category"},
    {"district", "区县代码", "District"},
    {"name", "部件名称", "Name"},
    {"competentUnit", "主管部门代码", "Competent department"},
    {"ownerName", "权属单位", "Owner"},
    {"maintainerName", "养护单位", "Maintainer"},
    {"gridCode", "单元网格", "Unit grid"},
    {"latitude", "纬度", "Latitude"},
    {"longitude", "经度", "Longitude"},
    {"state", "状态", "State"},
    {"note", "备注", "Note"},
    {"active", "在用", "In use"},
  };

  /** What a file gave: the rows read and the cells that could not be read. */
  public record Parsed(List<NumberedDraft> rows, List<FieldError> errors) {}

  private ComponentFiles() {}

  /** Reads a file by its name: {@code .xlsx}, or {@code .geojson}/{@code .json}. */
  public static Parsed read(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw ValidationException.of("file", "grid.component.import.empty");
    }
    if (content.length > MAX_BYTES) {
      throw ValidationException.of("file", "grid.component.import.too-large", MAX_BYTES / 1024);
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    boolean zip = content.length > 1 && content[0] == 'P' && content[1] == 'K';
    if (name.endsWith(".xlsx") || (zip && !name.endsWith("json"))) {
      return excel(content);
    }
    if (name.endsWith(".geojson") || name.endsWith(".json") || content[0] == '{') {
      return geoJson(new String(content, StandardCharsets.UTF_8));
    }
    throw ValidationException.of("file", "grid.component.import.format", fileName);
  }

  /** Reads an Excel workbook. */
  public static Parsed excel(byte[] content) {
    List<XlsxRows.Row> rows;
    try {
      rows = XlsxRows.read(content);
    } catch (IOException e) {
      throw ValidationException.of("file", "grid.component.import.unreadable");
    }
    if (rows.isEmpty()) {
      throw ValidationException.of("file", "grid.component.import.empty");
    }
    XlsxRows.Row header = rows.get(0);
    Map<String, Integer> columns = new HashMap<>();
    header.cells().forEach((column, text) -> fieldOf(text).ifPresent(f -> columns.put(f, column)));
    if (!columns.containsKey("name")) {
      throw ValidationException.of("file", "grid.component.import.header", header.number());
    }
    List<NumberedDraft> drafts = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    for (XlsxRows.Row row : rows.subList(1, rows.size())) {
      Map<String, String> values = new HashMap<>();
      columns.forEach((field, column) -> values.put(field, row.cell(column)));
      drafts.add(new NumberedDraft(row.number(), draft(values, row.number(), errors)));
    }
    return new Parsed(drafts, errors);
  }

  /** Reads a GeoJSON FeatureCollection of Point features (rows are the features, from 1). */
  public static Parsed geoJson(String text) {
    JsonObject collection;
    try (JsonReader reader = JsonTexts.reader(new StringReader(text))) {
      collection = reader.readObject();
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      throw ValidationException.of("file", "grid.component.import.json");
    }
    JsonValue features = collection.get("features");
    if (!"FeatureCollection".equals(string(collection.get("type")))
        || features == null
        || features.getValueType() != JsonValue.ValueType.ARRAY) {
      throw ValidationException.of("file", "grid.component.import.collection");
    }
    List<NumberedDraft> drafts = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    JsonArray array = features.asJsonArray();
    for (int i = 0; i < array.size(); i++) {
      int number = i + 1;
      JsonValue feature = array.get(i);
      Map<String, String> values = new HashMap<>();
      if (feature.getValueType() != JsonValue.ValueType.OBJECT) {
        errors.add(new FieldError("row " + number + ".geometry", "grid.component.import.point"));
        continue;
      }
      JsonObject object = feature.asJsonObject();
      JsonValue properties = object.get("properties");
      if (properties != null && properties.getValueType() == JsonValue.ValueType.OBJECT) {
        properties
            .asJsonObject()
            .forEach(
                (key, value) -> fieldOf(key).ifPresent(field -> values.put(field, string(value))));
      }
      JsonValue geometry = object.get("geometry");
      JsonArray coordinates = null;
      if (geometry != null
          && geometry.getValueType() == JsonValue.ValueType.OBJECT
          && "Point".equals(string(geometry.asJsonObject().get("type")))
          && geometry.asJsonObject().get("coordinates") instanceof JsonArray point
          && point.size() >= 2
          && point.get(0) instanceof JsonNumber
          && point.get(1) instanceof JsonNumber) {
        coordinates = point;
      }
      if (coordinates == null) {
        errors.add(new FieldError("row " + number + ".geometry", "grid.component.import.point"));
        continue;
      }
      values.put("longitude", coordinates.get(0).toString());
      values.put("latitude", coordinates.get(1).toString());
      drafts.add(new NumberedDraft(number, draft(values, number, errors)));
    }
    return new Parsed(drafts, errors);
  }

  private static ComponentDraft draft(
      Map<String, String> values, int row, List<FieldError> errors) {
    return new ComponentDraft(
        values.get("componentId"),
        values.get("category"),
        values.get("district"),
        values.get("name"),
        values.get("competentUnit"),
        values.get("ownerName"),
        values.get("maintainerName"),
        values.get("gridCode"),
        number(values, "latitude", row, errors),
        number(values, "longitude", row, errors),
        values.get("state"),
        values.get("note"),
        flag(values.get("active")));
  }

  private static Double number(
      Map<String, String> values, String field, int row, List<FieldError> errors) {
    String text = values.get(field);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(text.strip());
    } catch (NumberFormatException e) {
      errors.add(
          new FieldError("row " + row + "." + field, "grid.component.import.number", text.strip()));
      return Double.NaN;
    }
  }

  private static Boolean flag(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip().toLowerCase(Locale.ROOT);
    return !(value.equals("false")
        || value.equals("0")
        || value.equals("否")
        || value.equals("no")
        || value.equals("作废"));
  }

  private static String string(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.getValueType() == JsonValue.ValueType.STRING) {
      return ((jakarta.json.JsonString) value).getString();
    }
    return value.toString();
  }

  private static java.util.Optional<String> fieldOf(String header) {
    String text = header == null ? "" : header.strip();
    for (String[] column : COLUMNS) {
      for (String name : column) {
        if (name.equalsIgnoreCase(text)) {
          return java.util.Optional.of(column[0]);
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** Writes components as a workbook the import reads back; headers in the reader's language. */
  public static void export(List<ComponentView> rows, Locale locale, ZoneId zone, OutputStream out)
      throws IOException {
    int language = "en".equals(locale.getLanguage()) ? 2 : 1;
    ExcelTable<ComponentView> table = ExcelTable.sheet("components", zone);
    table
        .column(COLUMNS[0][language], ComponentView::componentId, 20)
        .column(COLUMNS[1][language], ComponentView::category, 10)
        .column(COLUMNS[2][language], c -> c.componentId().substring(0, 6), 10)
        .column(COLUMNS[3][language], ComponentView::name, 24)
        .column(COLUMNS[4][language], ComponentView::competentUnit, 16)
        .column(COLUMNS[5][language], ComponentView::ownerName, 24)
        .column(COLUMNS[6][language], ComponentView::maintainerName, 24)
        .column(COLUMNS[7][language], ComponentView::gridCode, 18)
        .column(COLUMNS[8][language], ComponentView::latitude, 12)
        .column(COLUMNS[9][language], ComponentView::longitude, 12)
        .column(COLUMNS[10][language], ComponentView::state, 10)
        .column(COLUMNS[11][language], ComponentView::note, 30)
        .column(COLUMNS[12][language], ComponentView::active, 8);
    table.write(rows, out);
  }
}
