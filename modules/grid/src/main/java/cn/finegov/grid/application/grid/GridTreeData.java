package cn.finegov.grid.application.grid;

import cn.finegov.grid.application.setup.GridDataPart;
import cn.finegov.kernel.api.text.JsonTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo city's grids and grid groups (order 20, after the categories): {@code
 * config/grid/demo-grids.geojson} (a FeatureCollection, the import format) and {@code
 * config/grid/demo-grid-groups.json}, beside the demo directory {@code config/demo}. Grids are a
 * city's own survey, so there is no reference data.
 */
@ApplicationScoped
public class GridTreeData implements GridDataPart {

  private static final Logger LOG = Logger.getLogger(GridTreeData.class.getName());

  static final String GRIDS = "demo-grids.geojson";
  static final String GROUPS = "demo-grid-groups.json";

  @Inject GridTreeService tree;
  @Inject GridGroupService groups;

  @Override
  public int order() {
    return 20;
  }

  @Override
  public void loadDemoData(Path demoDirectory) {
    Path directory = directoryBeside(demoDirectory);
    Path grids = directory.resolve(GRIDS);
    if (!Files.isRegularFile(grids)) {
      LOG.warning(() -> "No demo grids at " + grids);
      return;
    }
    ImportResult result = tree.importGeoJson(read(grids));
    LOG.info(() -> "Demo grids loaded: " + result);
    Path groupFile = directory.resolve(GROUPS);
    if (Files.isRegularFile(groupFile)) {
      int count = 0;
      try (JsonReader reader = JsonTexts.reader(new java.io.StringReader(read(groupFile)))) {
        for (JsonValue value : reader.readArray()) {
          JsonObject group = value.asJsonObject();
          groups.save(group.getString("grid"), draft(group));
          count++;
        }
      }
      int loaded = count;
      LOG.info(() -> "Demo grid groups loaded: " + loaded);
    }
  }

  /** {@code config/grid} beside {@code config/demo}. */
  static Path directoryBeside(Path demoDirectory) {
    return demoDirectory.toAbsolutePath().normalize().resolveSibling("grid");
  }

  private static GroupDraft draft(JsonObject group) {
    List<GroupMemberDraft> members = new ArrayList<>();
    JsonArray array = group.getJsonArray("members");
    for (JsonValue value : array) {
      JsonObject member = value.asJsonObject();
      members.add(
          new GroupMemberDraft(
              member.getString("type", null),
              member.getBoolean("leader", false),
              member.getString("username", null),
              member.getString("name", null),
              member.getString("phone", null)));
    }
    return new GroupDraft(group.getString("name"), members);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
