package cn.finegov.integration.egov;

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

  /** Manage the organisation directory synchronisation (imports, uploads). */
  public static final String ORGSYNC_MANAGE = "egov.orgsync.manage";

  @Override
  public List<String> bundleBaseNames() {
    return List.of("cn.finegov.integration.egov.messages");
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(
        new PermissionDefinition(ORGSYNC_MANAGE, "permission." + ORGSYNC_MANAGE, Duty.SYSTEM));
  }

  @Override
  public Map<String, Set<String>> defaultGrants() {
    return Map.of(Roles.SYSTEM_ADMIN, Set.of(ORGSYNC_MANAGE));
  }

  @Override
  public List<MenuEntry> menuEntries() {
    return List.of(
        new MenuEntry(
            "egov-orgsync",
            "menu.egov.orgsync",
            "/egov/orgsync.xhtml",
            "pi pi-sync",
            Set.of(ORGSYNC_MANAGE),
            10));
  }

  @Override
  public List<DashboardWidget> dashboardWidgets() {
    return List.of(
        new DashboardWidget(
            "egov-last-import",
            "widget.egov.last-import",
            "/egov/widgets/last-import.xhtml",
            Set.of(ORGSYNC_MANAGE),
            10));
  }

  @Override
  public Optional<ModuleSchema> schema() {
    return Optional.of(new ModuleSchema("db/migration/egov", "egv_"));
  }
}
