package cn.finegov.kernel.application.setup;

import java.nio.file.Path;

/**
 * A part of the kernel's own data hook ({@link KernelData}): each kernel service with reference or
 * demo data (the working-day calendar, for instance) contributes one CDI bean.
 */
public interface KernelDataPart {

  /** Position among the parts; lower runs first. */
  default int order() {
    return 100;
  }

  /** Adds what is missing; never overwrites what administrators changed. */
  default void loadReferenceData() {}

  /** Loads the part's demo data on an empty database. */
  default void loadDemoData(Path demoDirectory) {}
}
