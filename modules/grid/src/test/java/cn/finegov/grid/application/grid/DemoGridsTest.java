package cn.finegov.grid.application.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.grid.domain.model.grid.GridLevel;
import cn.finegov.grid.domain.model.grid.GridShape;
import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo city's grid file: valid codes and outlines, a consistent tree, unit grids that tile. */
class DemoGridsTest {

  static final Path DIRECTORY = GridTreeData.directoryBeside(Path.of("../../config/demo"));

  private Map<GridCode, GridShape> grids() throws IOException {
    Map<GridCode, GridShape> grids = new LinkedHashMap<>();
    try (JsonReader reader =
        Json.createReader(
            Files.newBufferedReader(
                DIRECTORY.resolve(GridTreeData.GRIDS), StandardCharsets.UTF_8))) {
      for (JsonValue feature : reader.readObject().getJsonArray("features")) {
        JsonObject object = feature.asJsonObject();
        grids.put(
            GridCode.of(object.getJsonObject("properties").getString("code")),
            GridShape.parse(object.get("geometry").toString()));
      }
    }
    return grids;
  }

  @Test
  void theTreeIsCompleteAndTheUnitGridsTileTheStreets() throws IOException {
    Map<GridCode, GridShape> grids = grids();
    assertThat(grids.keySet().stream().map(GridCode::level).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(GridLevel.STREET, GridLevel.COMMUNITY, GridLevel.UNIT);
    assertThat(grids.keySet().stream().filter(c -> c.level() == GridLevel.STREET))
        .extracting(GridCode::value)
        .containsExactly("990102001", "990102002");
    grids.keySet().forEach(code -> code.parent().ifPresent(p -> assertThat(grids).containsKey(p)));
    List<GridCode> units =
        grids.keySet().stream().filter(c -> c.level() == GridLevel.UNIT).toList();
    assertThat(units).hasSizeBetween(6, 10).allSatisfy(c -> assertThat(c.value()).hasSize(15));

    // every sample point of a street lies in exactly one of its unit grids, and in its community
    for (double lat = 30.2665; lat < 30.2820; lat += 0.0007) {
      for (double lon = 120.1395; lon < 120.1710; lon += 0.0007) {
        GeoPoint point = GeoPoint.of(lat, lon);
        List<GridCode> holding = units.stream().filter(c -> grids.get(c).contains(point)).toList();
        assertThat(holding).as(point.toString()).hasSize(1);
        GridCode unit = holding.get(0);
        assertThat(grids.get(unit.parent().orElseThrow()).contains(point))
            .as(point + " community")
            .isTrue();
      }
    }
    // the map's centre lies in a unit grid
    assertThat(units.stream().filter(c -> grids.get(c).contains(GeoPoint.of(30.2741, 120.1551))))
        .hasSize(1);
  }

  @Test
  void theGroupsLookAfterDemoUnitGridsAndTheGridWorkerIsInSome() throws IOException {
    Set<GridCode> codes = grids().keySet();
    try (JsonReader reader =
        Json.createReader(
            Files.newBufferedReader(
                DIRECTORY.resolve(GridTreeData.GROUPS), StandardCharsets.UTF_8))) {
      long withGridWorker = 0;
      for (JsonValue value : reader.readArray()) {
        JsonObject group = value.asJsonObject();
        GridCode grid = GridCode.of(group.getString("grid"));
        assertThat(codes).contains(grid);
        assertThat(grid.level()).isEqualTo(GridLevel.UNIT);
        if (group.toString().contains("\"gridworker\"")) {
          withGridWorker++;
        }
      }
      assertThat(withGridWorker).isGreaterThanOrEqualTo(2);
    }
  }
}
