package cn.finegov.kernel.application.module;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.module.GovernanceModule;
import cn.finegov.kernel.api.module.ModuleStatus;
import cn.finegov.kernel.api.module.ModuleToggled;
import cn.finegov.kernel.api.persistence.AfterCompletion;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.domain.model.module.ModuleState;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * Knows the installed modules (those in this EAR) and whether each is switched on. The configured
 * default is {@code governance.module.<key>.enabled} (true when absent); an administrator's switch
 * on screen is stored and wins until switched again. Observers of {@link ModuleToggled} (the Camel
 * runtime) should observe it {@code during = AFTER_SUCCESS}. The switches are cached in memory;
 * with several server instances, each reads them at start and sees a later switch only after a
 * restart.
 */
@ApplicationScoped
public class ModuleRegistry implements ModuleStatus {

  @Inject @Any private Instance<GovernanceModule> modules;
  @Inject private Config config;
  @Inject private AuditLog audit;
  @Inject private ActorContext actors;
  @Inject private Clock clock;
  @Inject private Event<ModuleToggled> toggled;

  @PersistenceContext(unitName = "kernel")
  private EntityManager em;

  @Resource private TransactionSynchronizationRegistry transactions;

  private final Map<String, Boolean> switched = new ConcurrentHashMap<>();
  private volatile boolean loaded;
  private List<GovernanceModule> installed;

  @PostConstruct
  void discover() {
    installed = modules.stream().sorted(Comparator.comparingInt(GovernanceModule::order)).toList();
  }

  /** Installed modules in menu order, whether switched on or not. */
  public List<GovernanceModule> installed() {
    return installed;
  }

  /** Installed and switched-on modules in menu order. */
  public List<GovernanceModule> enabled() {
    return installed().stream().filter(module -> isEnabled(module.key())).toList();
  }

  public Optional<GovernanceModule> module(String key) {
    return installed().stream().filter(module -> module.key().equals(key)).findFirst();
  }

  @Override
  public boolean isEnabled(String key) {
    Optional<GovernanceModule> module = module(key);
    if (module.isEmpty()) {
      return false;
    }
    if (!module.get().optional()) {
      return true;
    }
    loadSwitches();
    Boolean override = switched.get(key);
    return override != null ? override : configuredDefault(key);
  }

  /** States of all installed modules for the administration screen. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ModuleView> states() {
    Map<String, ModuleState> stored = new ConcurrentHashMap<>();
    em.createQuery("select s from ModuleState s", ModuleState.class)
        .getResultList()
        .forEach(state -> stored.put(state.moduleKey(), state));
    return installed().stream()
        .map(
            module -> {
              ModuleState state = stored.get(module.key());
              return new ModuleView(
                  module.key(),
                  module.nameKey(),
                  module.optional(),
                  isEnabled(module.key()),
                  configuredDefault(module.key()),
                  state == null ? null : state.changedBy(),
                  state == null ? null : state.changedAt());
            })
        .toList();
  }

  /** Switches an optional module on or off. */
  @Transactional
  public void switchModule(String key, boolean enabled) {
    actors.requirePermission(KernelPermissions.MODULES_MANAGE);
    GovernanceModule module =
        module(key).orElseThrow(() -> DomainException.notFound("module.not-found", key));
    if (!module.optional()) {
      throw DomainException.rule("module.mandatory", key);
    }
    boolean before = isEnabled(key);
    ModuleState state = em.find(ModuleState.class, key);
    String actor = actors.current().name();
    if (state == null) {
      em.persist(new ModuleState(key, enabled, actor, clock.instant()));
    } else {
      state.switchTo(enabled, actor, clock.instant());
    }
    audit.record(
        "Module",
        key,
        enabled ? "ENABLE" : "DISABLE",
        Map.of("enabled", before),
        Map.of("enabled", enabled));
    transactions.registerInterposedSynchronization(
        (AfterCompletion)
            status -> {
              if (status == Status.STATUS_COMMITTED) {
                switched.put(key, enabled);
              }
            });
    toggled.fire(new ModuleToggled(key, enabled));
  }

  private boolean configuredDefault(String key) {
    return config
        .getOptionalValue("governance.module." + key + ".enabled", Boolean.class)
        .orElse(true);
  }

  private void loadSwitches() {
    if (loaded) {
      return;
    }
    synchronized (this) {
      if (!loaded) {
        em.createQuery("select s from ModuleState s", ModuleState.class)
            .getResultList()
            .forEach(state -> switched.put(state.moduleKey(), state.isEnabled()));
        loaded = true;
      }
    }
  }
}
