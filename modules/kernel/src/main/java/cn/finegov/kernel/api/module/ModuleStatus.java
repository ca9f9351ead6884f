package cn.finegov.kernel.api.module;

/** What other parts of the suite may ask about installed modules. */
public interface ModuleStatus {

  /**
   * Whether the module is installed (in this EAR) and switched on. Unknown keys are not enabled.
   */
  boolean isEnabled(String moduleKey);
}
