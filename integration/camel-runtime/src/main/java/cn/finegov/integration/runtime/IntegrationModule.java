package cn.finegov.integration.runtime;

import cn.finegov.kernel.api.module.DashboardWidget;
import cn.finegov.kernel.api.module.GovernanceModule;
import cn.finegov.kernel.api.module.MenuEntry;
import cn.finegov.kernel.api.module.ModuleSchema;
import cn.finegov.kernel.api.module.PermissionDefinition;
import cn.finegov.kernel.api.security.Duty;
import cn.finegov.kernel.api.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The integration runtime's registration: route status and dead-letter screens. Always on. */
@ApplicationScoped
public class IntegrationModule implements GovernanceModule {

  public static final String KEY = "integration";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String nameKey() {
    return "module.integration";
  }

  @Override
  public int order() {
    return 900;
  }

  @Override
  public boolean optional() {
    return false;
  }

  /** Operate the integration: routes and dead letters. */
  public static final String OPERATE = "integration.operate";

  @Override
  public List<String> bundleBaseNames() {
    return List.of("cn.finegov.integration.runtime.messages");
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(new PermissionDefinition(OPERATE, "permission." + OPERATE, Duty.SYSTEM));
  }

  @Override
  public Map<String, Set<String>> defaultGrants() {
    return Map.of(Roles.SYSTEM_ADMIN, Set.of(OPERATE));
  }

  @Override
  public List<MenuEntry> menuEntries() {
    return List.of(
        new MenuEntry(
            "integration-routes",
            "menu.integration.routes",
            "/integration/routes.xhtml",
            "pi pi-share-alt",
            Set.of(OPERATE),
            10),
        new MenuEntry(
            "integration-dead-letters",
            "menu.integration.dead-letters",
            "/integration/dead-letters.xhtml",
            "pi pi-inbox",
            Set.of(OPERATE),
            20));
  }

  @Override
  public List<DashboardWidget> dashboardWidgets() {
    return List.of(
        new DashboardWidget(
            "integration-status",
            "widget.integration.status",
            "/integration/widgets/status.xhtml",
            Set.of(OPERATE),
            10));
  }

  @Override
  public Optional<ModuleSchema> schema() {
    return Optional.of(new ModuleSchema("db/migration/integration", "int_"));
  }
}
