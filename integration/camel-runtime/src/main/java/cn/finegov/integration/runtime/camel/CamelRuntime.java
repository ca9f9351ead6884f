package cn.finegov.integration.runtime.camel;

import cn.finegov.integration.runtime.api.ModuleRoutes;
import cn.finegov.integration.runtime.deadletter.DeadLetterService;
import cn.finegov.kernel.api.module.ModuleStatus;
import cn.finegov.kernel.api.module.ModuleToggled;
import cn.finegov.kernel.api.persistence.AfterCompletion;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.RouteConfigurationsBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The suite's one CamelContext ({@code governance}). Route builders are discovered as {@link
 * ModuleRoutes} CDI beans and added for every switched-on module, route configurations (error
 * handling) first. Switching a module off stops and removes its routes; switching it on adds them
 * again. Threads Camel creates come from the server's managed thread factory, so that code on them
 * sees the application's naming context and transactions.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CamelRuntime {

  public static final String CONTEXT_NAME = "governance";
  private static final Logger LOG = Logger.getLogger(CamelRuntime.class.getName());

  @Inject @Any private Instance<ModuleRoutes> contributions;
  @Inject private ModuleStatus modules;
  @Inject private DeadLetterChannel deadLetterChannel;
  @Inject private DeadLetterService deadLetters;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  private ManagedThreadFactory managedThreads;

  @Resource private TransactionSynchronizationRegistry transactions;

  private DefaultCamelContext context;
  private ProducerTemplate producer;
  private ExecutorService replayExecutor;
  private final Map<String, List<String>> routesByModule = new ConcurrentHashMap<>();
  private final Set<String> configuredModules = ConcurrentHashMap.newKeySet();

  @PostConstruct
  void start() {
    context = new DefaultCamelContext();
    context.getCamelContextExtension().setName(CONTEXT_NAME);
    context.setApplicationContextClassLoader(CamelRuntime.class.getClassLoader());
    context.getPropertiesComponent().addPropertiesSource(new MicroProfilePropertiesSource());
    context
        .getExecutorServiceManager()
        .addThreadFactoryListener(
            (source, camelFactory) ->
                runnable -> {
                  Thread thread = managedThreads.newThread(runnable);
                  thread.setName(camelFactory.newThread(() -> {}).getName());
                  return thread;
                });
    context.getRegistry().bind(DeadLetterChannel.BEAN_NAME, deadLetterChannel);
    context.start();
    producer = context.createProducerTemplate();
    replayExecutor =
        context.getExecutorServiceManager().newSingleThreadExecutor(this, "governance-replay");
    for (String module : moduleKeys()) {
      if (modules.isEnabled(module)) {
        addRoutes(module);
      }
    }
    // Also creates the dead-letter service on this thread, which has the application's naming
    // context; the
    // health check that uses it runs on server threads that have none.
    long open = deadLetters.countOpen();
    LOG.info(
        () ->
            "Camel context '"
                + CONTEXT_NAME
                + "' started with routes "
                + routesByModule
                + "; open dead letters: "
                + open);
  }

  @PreDestroy
  void stop() {
    if (context != null) {
      context.stop();
      LOG.info(() -> "Camel context '" + CONTEXT_NAME + "' stopped");
    }
  }

  /** Adds or removes a module's routes when an administrator switches it. */
  public void onModuleToggled(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ModuleToggled toggled) {
    if (!moduleKeys().contains(toggled.moduleKey())) {
      return;
    }
    if (toggled.enabled()) {
      addRoutes(toggled.moduleKey());
    } else {
      removeRoutes(toggled.moduleKey());
    }
  }

  private Set<String> moduleKeys() {
    Set<String> keys = new HashSet<>();
    contributions.forEach(routes -> keys.add(routes.moduleKey()));
    return keys;
  }

  private synchronized void addRoutes(String module) {
    if (routesByModule.containsKey(module)) {
      return;
    }
    List<ModuleRoutes> builders =
        contributions.stream().filter(routes -> routes.moduleKey().equals(module)).toList();
    try {
      if (configuredModules.add(module)) {
        for (ModuleRoutes builder : builders) {
          if (builder instanceof RouteConfigurationsBuilder configurations) {
            context.addRoutesConfigurations(configurations);
          }
        }
      }
      Set<String> before = routeIds();
      for (ModuleRoutes builder : builders) {
        if (!(builder instanceof RouteConfigurationsBuilder)) {
          context.addRoutes(builder);
        }
      }
      List<String> added = new ArrayList<>(routeIds());
      added.removeAll(before);
      routesByModule.put(module, List.copyOf(added));
      LOG.info(() -> "Routes of module '" + module + "' started: " + added);
    } catch (Exception e) {
      throw new IllegalStateException(
          "The routes of module '" + module + "' could not be started", e);
    }
  }

  private synchronized void removeRoutes(String module) {
    List<String> ids = routesByModule.remove(module);
    if (ids == null) {
      return;
    }
    for (String id : ids) {
      try {
        context.getRouteController().stopRoute(id);
        context.removeRoute(id);
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Route " + id + " of module " + module + " could not be removed", e);
      }
    }
    LOG.info(() -> "Routes of module '" + module + "' stopped and removed: " + ids);
  }

  private Set<String> routeIds() {
    Set<String> ids = new HashSet<>();
    for (Route route : context.getRoutes()) {
      ids.add(route.getRouteId());
    }
    return ids;
  }

  /** The module each running route belongs to. */
  public Map<String, List<String>> routesByModule() {
    return Map.copyOf(routesByModule);
  }

  public CamelContext context() {
    return context;
  }

  /** A producer for sending into routes from application code (thread-safe, shared). */
  public ProducerTemplate producer() {
    return producer;
  }

  /**
   * Sends a message to a Camel endpoint once the current transaction has committed (at once when
   * there is none), on a Camel thread; failures are handled by the target route's error handling.
   */
  public void sendAfterCommit(String endpoint, String body, Map<String, String> headers) {
    Map<String, Object> camelHeaders = new HashMap<>(headers);
    Runnable send =
        () ->
            replayExecutor.submit(
                () -> {
                  try {
                    producer.sendBodyAndHeaders(endpoint, body, camelHeaders);
                  } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Replay to " + endpoint + " failed", e);
                  }
                });
    if (transactions.getTransactionKey() == null) {
      send.run();
      return;
    }
    transactions.registerInterposedSynchronization(
        (AfterCompletion)
            status -> {
              if (status == Status.STATUS_COMMITTED) {
                send.run();
              }
            });
  }
}
