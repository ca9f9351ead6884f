package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.application.module.ModuleRegistry;
import cn.finegov.kernel.application.module.ModuleView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The modules screen: installed modules and their run-time switch. */
@Named("moduleAdmin")
@RequestScoped
public class ModuleAdminBean {

  @Inject private ModuleRegistry registry;
  @Inject private Faces faces;
  @Inject private Messages messages;

  private List<ModuleView> modules;

  public List<ModuleView> getModules() {
    if (modules == null) {
      modules = registry.states();
    }
    return modules;
  }

  public void switchModule(String key, boolean enabled) {
    if (faces.attempt(() -> registry.switchModule(key, enabled))) {
      faces.info(enabled ? "module.enabled" : "module.disabled", messages.get(nameKey(key)));
    }
    modules = null;
  }

  private String nameKey(String key) {
    return registry.module(key).map(module -> module.nameKey()).orElse(key);
  }
}
