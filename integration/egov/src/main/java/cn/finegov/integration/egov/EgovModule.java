package cn.finegov.integration.egov;

import cn.finegov.kernel.api.module.DashboardWidget;
import cn.finegov.kernel.api.module.GovernanceModule;
import cn.finegov.kernel.api.module.MenuEntry;
import cn.finegov.kernel.api.module.ModuleSchema;
import cn.finegov.kernel.api.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The e-government platform integration: organisation directory synchronisation. May be switched
 * off.
 */
@ApplicationScoped
public class EgovModule implements GovernanceModule {

  public static final String KEY = "egov";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String nameKey() {
    return "module.egov";
  }

  @Override
  public int order() {
    return 910;
  }

  @Override
  public Optional<String> bundleBaseName() {
    return Optional.of("cn.finegov.integration.egov.messages");
  }

  @Override
  public List<MenuEntry> menuEntries() {
    return List.of(
        new MenuEntry(
            "egov-orgsync",
            "menu.egov.orgsync",
            "/egov/orgsync.xhtml",
            "pi pi-sync",
            Set.of(Roles.SYSTEM_ADMIN),
            10));
  }

  @Override
  public List<DashboardWidget> dashboardWidgets() {
    return List.of(
        new DashboardWidget(
            "egov-last-import",
            "widget.egov.last-import",
            "/egov/widgets/last-import.xhtml",
            Set.of(Roles.SYSTEM_ADMIN),
            10));
  }

  @Override
  public Optional<ModuleSchema> schema() {
    return Optional.of(new ModuleSchema("db/migration/egov", "egv_"));
  }
}
