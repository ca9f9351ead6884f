package cn.finegov.kernel.api.module;

/**
 * CDI event fired after a module setting was changed or reset on screen.
 *
 * @param moduleKey the module
 * @param key the setting's key inside the module
 */
public record SettingChanged(String moduleKey, String key) {}
