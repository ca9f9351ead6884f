package cn.finegov.grid.application.setup;

import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.module.ModuleData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the module's data parts in their order, each in a transaction of its own: a part that fails
 * (a bad demo file) is logged and leaves the others' data in place.
 */
@ApplicationScoped
public class GridData implements ModuleData {

  private static final Logger LOG = Logger.getLogger(GridData.class.getName());

  @Inject Instance<GridDataPart> parts;

  /** This bean through its proxy, so that {@link #inOwnTransaction} gets a new transaction. */
  @Inject GridData self;

  @Override
  public void loadReferenceData() {
    for (GridDataPart part : ordered()) {
      run(part, "reference", part::loadReferenceData);
    }
  }

  @Override
  public void loadDemoData(Path demoDirectory) {
    for (GridDataPart part : ordered()) {
      run(part, "demo", () -> part.loadDemoData(demoDirectory));
    }
  }

  private void run(GridDataPart part, String what, Runnable work) {
    try {
      self.inOwnTransaction(work);
    } catch (ValidationException e) {
      LOG.log(
          Level.SEVERE,
          "Loading the "
              + what
              + " data of "
              + part.getClass().getSimpleName()
              + " failed: "
              + e.errors().stream().map(f -> f.field() + " " + f.messageKey()).toList(),
          e);
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "Loading the " + what + " data of " + part.getClass().getSimpleName() + " failed",
          e);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void inOwnTransaction(Runnable work) {
    work.run();
  }

  private List<GridDataPart> ordered() {
    return parts.stream().sorted(Comparator.comparingInt(GridDataPart::order)).toList();
  }
}
