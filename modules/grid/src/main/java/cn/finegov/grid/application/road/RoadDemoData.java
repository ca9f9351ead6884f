package cn.finegov.grid.application.road;

import cn.finegov.grid.application.setup.GridDataPart;
import cn.finegov.kernel.api.text.JsonTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The demo city's road segments and chiefs (order 30, after the grids): {@code
 * config/grid/demo-roads.json} beside {@code config/demo}, an array of segments in the REST input
 * form with their {@code chiefs}. Roads are a city's own, so there is no reference data.
 */
@ApplicationScoped
public class RoadDemoData implements GridDataPart {

  private static final Logger LOG = Logger.getLogger(RoadDemoData.class.getName());

  static final String FILE = "demo-roads.json";

  @Inject RoadService roads;

  @Override
  public int order() {
    return 30;
  }

  @Override
  public void loadDemoData(Path demoDirectory) {
    Path file = demoDirectory.toAbsolutePath().normalize().resolveSibling("grid").resolve(FILE);
    if (!Files.isRegularFile(file)) {
      LOG.warning(() -> "No demo roads at " + file);
      return;
    }
    int segments = 0;
    int chiefs = 0;
    try (JsonReader reader = JsonTexts.reader(new StringReader(read(file)))) {
      for (JsonValue value : reader.readArray()) {
        JsonObject road = value.asJsonObject();
        RoadView created =
            roads.create(
                new RoadDraft(
                    road.getString("code"),
                    road.getString("name"),
                    text(road, "fromPlace"),
                    text(road, "toPlace"),
                    road.getString("streetUnit"),
                    text(road, "gridCode"),
                    road.getJsonObject("geometry").toString(),
                    text(road, "signPhone")));
        segments++;
        for (JsonValue chiefValue : road.getJsonArray("chiefs")) {
          JsonObject chief = chiefValue.asJsonObject();
          roads.appoint(
              created.id(),
              new ChiefDraft(
                  chief.getString("tier"),
                  chief.getString("name"),
                  text(chief, "username"),
                  chief.getString("unitCode"),
                  text(chief, "phone")));
          chiefs++;
        }
      }
    }
    int loadedSegments = segments;
    int loadedChiefs = chiefs;
    LOG.info(
        () -> "Demo roads loaded: " + loadedSegments + " segments, " + loadedChiefs + " chiefs");
  }

  private static String text(JsonObject object, String key) {
    JsonValue value = object.get(key);
    return value == null || value.getValueType() != JsonValue.ValueType.STRING
        ? null
        : object.getString(key);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
