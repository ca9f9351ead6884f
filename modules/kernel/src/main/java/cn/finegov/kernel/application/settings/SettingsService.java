package cn.finegov.kernel.application.settings;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.module.GovernanceModule;
import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.api.module.SettingChanged;
import cn.finegov.kernel.api.module.SettingDefinition;
import cn.finegov.kernel.api.security.AccessDeniedException;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.application.module.ModuleRegistry;
import cn.finegov.kernel.domain.model.setting.StoredSetting;
import cn.finegov.kernel.domain.model.setting.StoredSettingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The modules' settings. A value comes from the screen (stored), else from configuration ({@code
 * governance.<module>.<key>}), else from the module's default. Stored values are cached in memory
 * and reloaded after every change made here; a change made straight in the database is seen after
 * {@link #reload()} or a restart.
 */
@ApplicationScoped
public class SettingsService implements ModuleSettings {

  static final String ENTITY = "Setting";
  static final String MASK = "******";

  @Inject private ModuleRegistry modules;
  @Inject private StoredSettingRepository stored;
  @Inject private ActorContext actors;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private Event<SettingChanged> changed;

  private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();
  private volatile boolean loaded;

  @Override
  @Transactional(TxType.SUPPORTS)
  public String get(String moduleKey, String key) {
    SettingDefinition definition = definition(moduleKey, key);
    Optional<String> onScreen = storedValue(moduleKey, key);
    if (onScreen.isPresent()) {
      return onScreen.get();
    }
    return configured(moduleKey, key).orElse(definition.defaultValue());
  }

  /** Settings of one module the actor may change, in declaration order. */
  @Transactional(TxType.SUPPORTS)
  public List<SettingView> list(String moduleKey) {
    Actor actor = actors.current();
    GovernanceModule module = module(moduleKey);
    return module.settings().stream()
        .filter(definition -> actor.hasPermission(definition.permission()))
        .map(definition -> view(module.key(), definition, actor))
        .toList();
  }

  /** Modules with at least one setting the actor may change. */
  @Transactional(TxType.SUPPORTS)
  public List<GovernanceModule> modulesWithSettings() {
    Actor actor = actors.current();
    return modules.installed().stream()
        .filter(
            module ->
                module.settings().stream()
                    .anyMatch(definition -> actor.hasPermission(definition.permission())))
        .toList();
  }

  /** Changes a setting; the value is checked against its type. */
  @Transactional
  public SettingView change(String moduleKey, String key, String value) {
    SettingDefinition definition = definition(moduleKey, key);
    Actor actor = requireChange(definition);
    String clean = normalise(definition, value);
    String before = get(moduleKey, key);
    StoredSetting setting =
        stored.find(moduleKey, key).orElseGet(() -> new StoredSetting(moduleKey, key));
    setting.change(clean, actor.name(), clock.instant());
    stored.store(setting);
    audit.record(
        ENTITY,
        moduleKey + "." + key,
        "UPDATE",
        Map.of("value", shown(definition, before)),
        Map.of("value", shown(definition, clean)));
    afterChange(moduleKey, key);
    return view(moduleKey, definition, actor);
  }

  /** Forgets the value set on screen: configuration or default apply again. */
  @Transactional
  public SettingView reset(String moduleKey, String key) {
    SettingDefinition definition = definition(moduleKey, key);
    Actor actor = requireChange(definition);
    Optional<StoredSetting> setting = stored.find(moduleKey, key);
    if (setting.isPresent()) {
      String before = get(moduleKey, key);
      stored.delete(setting.get());
      String after = configured(moduleKey, key).orElse(definition.defaultValue());
      audit.record(
          ENTITY,
          moduleKey + "." + key,
          "RESET",
          Map.of("value", shown(definition, before)),
          Map.of("value", shown(definition, after)));
      afterChange(moduleKey, key);
    }
    return view(moduleKey, definition, actor);
  }

  /** Drops the cache, so that values are read from the database again. */
  public void reload() {
    loaded = false;
    cache.clear();
  }

  private void afterChange(String moduleKey, String key) {
    reload();
    changed.fire(new SettingChanged(moduleKey, key));
  }

  /**
   * Drops the cache again once the change's transaction has ended: another thread reading while the
   * change was uncommitted filled the cache with the old value.
   */
  void afterCompletion(
      @Observes(during = TransactionPhase.AFTER_COMPLETION) SettingChanged change) {
    reload();
  }

  private Actor requireChange(SettingDefinition definition) {
    Actor actor = actors.requireSignedIn();
    if (!actor.hasPermission(definition.permission())) {
      throw new AccessDeniedException(false);
    }
    return actor;
  }

  private SettingView view(String moduleKey, SettingDefinition definition, Actor actor) {
    Optional<StoredSetting> onScreen = stored.find(moduleKey, definition.key());
    Optional<String> configured = configured(moduleKey, definition.key());
    SettingView.Origin origin =
        onScreen.isPresent()
            ? SettingView.Origin.SCREEN
            : configured.isPresent()
                ? SettingView.Origin.CONFIGURATION
                : SettingView.Origin.DEFAULT;
    String value =
        onScreen.map(StoredSetting::value).or(() -> configured).orElse(definition.defaultValue());
    return new SettingView(
        moduleKey,
        definition,
        definition.type() == SettingDefinition.Type.SECRET ? null : value,
        origin,
        onScreen.map(StoredSetting::updatedBy).orElse(null),
        onScreen.map(StoredSetting::updatedAt).orElse(null),
        actor.hasPermission(definition.permission()));
  }

  private Optional<String> storedValue(String moduleKey, String key) {
    if (!loaded) {
      Map<String, Optional<String>> all = new LinkedHashMap<>();
      for (StoredSetting setting : stored.all()) {
        all.put(
            setting.moduleKey() + "|" + setting.settingKey(), Optional.ofNullable(setting.value()));
      }
      cache.clear();
      cache.putAll(all);
      loaded = true;
    }
    return cache.getOrDefault(moduleKey + "|" + key, Optional.empty());
  }

  private static Optional<String> configured(String moduleKey, String key) {
    Config config = ConfigProvider.getConfig();
    return config.getOptionalValue("governance." + moduleKey + "." + key, String.class);
  }

  private GovernanceModule module(String moduleKey) {
    return modules.installed().stream()
        .filter(module -> module.key().equals(moduleKey))
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("module.not-found", moduleKey));
  }

  private SettingDefinition definition(String moduleKey, String key) {
    return module(moduleKey).settings().stream()
        .filter(definition -> definition.key().equals(key))
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("setting.not-found", moduleKey + "." + key));
  }

  /** The value as stored, after checking it against the type. */
  static String normalise(SettingDefinition definition, String value) {
    String clean = value == null ? "" : value.strip();
    switch (definition.type()) {
      case INTEGER -> {
        long number;
        try {
          number = Long.parseLong(clean);
        } catch (NumberFormatException e) {
          throw ValidationException.of("value", "setting.invalid.integer", clean);
        }
        if ((definition.min() != null && number < definition.min())
            || (definition.max() != null && number > definition.max())) {
          throw ValidationException.of(
              "value", "setting.invalid.range", number, definition.min(), definition.max());
        }
        return Long.toString(number);
      }
      case BOOLEAN -> {
        if (!clean.equalsIgnoreCase("true") && !clean.equalsIgnoreCase("false")) {
          throw ValidationException.of("value", "setting.invalid.boolean", clean);
        }
        return clean.toLowerCase(Locale.ROOT);
      }
      case CHOICE -> {
        if (!definition.choices().contains(clean)) {
          throw ValidationException.of(
              "value", "setting.invalid.choice", clean, String.join(", ", definition.choices()));
        }
        return clean;
      }
      case LIST -> {
        return String.join(
            ",",
            Arrays.stream(clean.split(","))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList());
      }
      default -> {
        if (clean.length() > 2000) {
          throw ValidationException.of("value", "validation.too-long", 2000);
        }
        return definition.type() == SettingDefinition.Type.SECRET ? value : clean;
      }
    }
  }

  private static String shown(SettingDefinition definition, String value) {
    if (definition.type() == SettingDefinition.Type.SECRET) {
      return value == null || value.isEmpty() ? "" : MASK;
    }
    return value == null ? "" : value;
  }
}
