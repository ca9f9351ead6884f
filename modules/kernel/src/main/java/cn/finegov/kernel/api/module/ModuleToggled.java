package cn.finegov.kernel.api.module;

/**
 * CDI event fired after a module was switched on or off at run time.
 *
 * @param moduleKey the module's key
 * @param enabled the new state
 */
public record ModuleToggled(String moduleKey, boolean enabled) {}
