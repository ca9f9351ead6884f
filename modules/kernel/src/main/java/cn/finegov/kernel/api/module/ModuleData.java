package cn.finegov.kernel.api.module;

import java.nio.file.Path;

/**
 * Data a module brings along. Called by the kernel at start, as the system, each in a transaction
 * of its own, for every installed module in module order.
 */
public interface ModuleData {

  /**
   * Reference data the module needs to work (categories, calendars): loaded at every start, so it
   * must add only what is missing and never overwrite what administrators changed.
   */
  default void loadReferenceData() {}

  /**
   * The module's part of the demo city, loaded once on an empty database when demo data is switched
   * on, after the kernel's demo units and users.
   *
   * @param demoDirectory {@code governance.demo.dir}
   */
  default void loadDemoData(Path demoDirectory) {}
}
