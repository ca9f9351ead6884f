package cn.finegov.kernel.application.module;

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
 * The kernel's own registration: organisation, users, modules and audit screens. It cannot be
 * switched off.
 */
@ApplicationScoped
public class KernelModule implements GovernanceModule {

  public static final String KEY = "kernel";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String nameKey() {
    return "module.kernel";
  }

  @Override
  public int order() {
    return 0;
  }

  @Override
  public boolean optional() {
    return false;
  }

  @Override
  public Optional<String> bundleBaseName() {
    return Optional.of("cn.finegov.kernel.messages");
  }

  @Override
  public List<MenuEntry> menuEntries() {
    return List.of(
        new MenuEntry(
            "kernel-units",
            "menu.kernel.units",
            "/kernel/admin/units.xhtml",
            "pi pi-sitemap",
            Set.of(Roles.SYSTEM_ADMIN, Roles.SECURITY_ADMIN, Roles.LEADER, Roles.OBSERVER),
            10),
        new MenuEntry(
            "kernel-users",
            "menu.kernel.users",
            "/kernel/admin/users.xhtml",
            "pi pi-users",
            Set.of(Roles.SECURITY_ADMIN),
            20),
        new MenuEntry(
            "kernel-modules",
            "menu.kernel.modules",
            "/kernel/admin/modules.xhtml",
            "pi pi-th-large",
            Set.of(Roles.SYSTEM_ADMIN),
            30),
        new MenuEntry(
            "kernel-audit",
            "menu.kernel.audit",
            "/kernel/audit/entries.xhtml",
            "pi pi-history",
            Set.of(Roles.AUDIT_ADMIN),
            40));
  }

  @Override
  public List<DashboardWidget> dashboardWidgets() {
    return List.of(
        new DashboardWidget(
            "kernel-organisation",
            "widget.kernel.organisation",
            "/kernel/widgets/organisation.xhtml",
            Set.of(),
            10));
  }

  @Override
  public Optional<ModuleSchema> schema() {
    return Optional.of(new ModuleSchema("db/migration/kernel", "krn_"));
  }
}
