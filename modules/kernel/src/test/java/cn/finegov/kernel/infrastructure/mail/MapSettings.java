package cn.finegov.kernel.infrastructure.mail;

import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.api.module.SettingDefinition;
import cn.finegov.kernel.application.module.KernelModule;
import java.util.HashMap;
import java.util.Map;

/** The kernel's settings with their declared defaults, changed by tests. */
final class MapSettings implements ModuleSettings {

  private final Map<String, String> values = new HashMap<>();

  MapSettings() {
    for (SettingDefinition definition : new KernelModule().settings()) {
      values.put(definition.key(), definition.defaultValue());
    }
  }

  MapSettings set(String key, String value) {
    if (!values.containsKey(key)) {
      throw new IllegalArgumentException("not a kernel setting: " + key);
    }
    values.put(key, value);
    return this;
  }

  @Override
  public String get(String moduleKey, String key) {
    if (!KernelModule.KEY.equals(moduleKey) || !values.containsKey(key)) {
      throw new IllegalArgumentException(moduleKey + "." + key);
    }
    return values.get(key);
  }
}
