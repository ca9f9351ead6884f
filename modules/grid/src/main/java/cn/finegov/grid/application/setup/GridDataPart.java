package cn.finegov.grid.application.setup;

import java.nio.file.Path;

/**
 * One part of the grid module's reference and demo data (categories, grids, roads, components,
 * cases). Every {@code @ApplicationScoped} implementation is called by the module, in {@link
 * #order()}.
 */
public interface GridDataPart {

  /** Parts run in ascending order (categories before grids before cases). */
  int order();

  /** Loaded at every start: add what is missing, never overwrite what administrators changed. */
  default void loadReferenceData() {}

  /** Loaded once on an empty database when demo data is on ({@code governance.demo.dir}). */
  default void loadDemoData(Path demoDirectory) {}
}
