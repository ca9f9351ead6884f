package cn.finegov.kernel.application.setup;

import cn.finegov.kernel.api.module.GovernanceModule;
import cn.finegov.kernel.api.module.ModuleData;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.application.module.ModuleRegistry;
import cn.finegov.kernel.application.role.RoleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the modules' data hooks ({@link ModuleData}) as the setup flow, each module in a transaction
 * of its own, so that one module's failure neither undoes nor blocks the others'.
 */
@ApplicationScoped
public class ModuleDataLoader {

  private static final Logger LOG = Logger.getLogger(ModuleDataLoader.class.getName());

  @Inject private ModuleRegistry modules;
  @Inject private RoleService roles;
  @Inject private ActorContext actors;

  /** This bean through its proxy, so that {@link #inTransaction} gets its own transaction. */
  @Inject private ModuleDataLoader self;

  @Transactional(TxType.REQUIRES_NEW)
  public void applyDefaultGrants(Actor setup) {
    actors.runAs(
        setup,
        () -> {
          roles.applyDefaultGrants();
          return null;
        });
  }

  public void loadReferenceData(Actor setup) {
    for (GovernanceModule module : modules.installed()) {
      module.data().ifPresent(data -> run(setup, module, "reference", data::loadReferenceData));
    }
  }

  public void loadDemoData(Actor setup, Path demoDirectory) {
    for (GovernanceModule module : modules.installed()) {
      Optional<ModuleData> data = module.data();
      data.ifPresent(hook -> run(setup, module, "demo", () -> hook.loadDemoData(demoDirectory)));
    }
  }

  private void run(Actor setup, GovernanceModule module, String what, Runnable hook) {
    try {
      self.inTransaction(setup, hook);
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE, "Loading the " + what + " data of module " + module.key() + " failed", e);
    }
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void inTransaction(Actor setup, Runnable work) {
    actors.runAs(
        setup,
        () -> {
          work.run();
          return null;
        });
  }
}
