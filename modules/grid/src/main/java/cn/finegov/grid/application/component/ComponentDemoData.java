package cn.finegov.grid.application.component;

import cn.finegov.grid.application.setup.GridDataPart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The demo city's components (order 40, after categories and grids): {@code
 * config/grid/demo-components.geojson} beside {@code config/demo}, in the import format. The
 * inventory is a city's own survey, so there is no reference data.
 */
@ApplicationScoped
public class ComponentDemoData implements GridDataPart {

  private static final Logger LOG = Logger.getLogger(ComponentDemoData.class.getName());

  static final String FILE = "demo-components.geojson";

  @Inject ComponentService components;

  @Override
  public int order() {
    return 40;
  }

  @Override
  public void loadDemoData(Path demoDirectory) {
    Path file = demoDirectory.toAbsolutePath().normalize().resolveSibling("grid").resolve(FILE);
    if (!Files.isRegularFile(file)) {
      LOG.warning(() -> "No demo components at " + file);
      return;
    }
    try {
      ImportResult result =
          components.importRows(
              ComponentFiles.geoJson(Files.readString(file, StandardCharsets.UTF_8)));
      LOG.info(() -> "Demo components loaded: " + result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
