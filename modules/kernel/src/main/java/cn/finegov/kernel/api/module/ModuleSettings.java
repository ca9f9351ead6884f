package cn.finegov.kernel.api.module;

import java.util.List;

/** The current values of the modules' settings ({@link SettingDefinition}). */
public interface ModuleSettings {

  /**
   * The value of a declared setting.
   *
   * @throws IllegalArgumentException when the module declares no such setting
   */
  String get(String moduleKey, String key);

  default int getInt(String moduleKey, String key) {
    return Integer.parseInt(get(moduleKey, key).strip());
  }

  default long getLong(String moduleKey, String key) {
    return Long.parseLong(get(moduleKey, key).strip());
  }

  default boolean getBoolean(String moduleKey, String key) {
    return Boolean.parseBoolean(get(moduleKey, key).strip());
  }

  default List<String> getList(String moduleKey, String key) {
    String value = get(moduleKey, key);
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return List.of(value.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
