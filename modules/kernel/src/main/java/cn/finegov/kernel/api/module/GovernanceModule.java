package cn.finegov.kernel.api.module;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A pluggable part of the suite, registered as an application-scoped CDI bean.
 *
 * <p>Conventions the shell relies on: the module's screens live under {@code /<key>/} in the web
 * application, its REST resources carry {@link ModuleApi} with the same key, and its Camel routes
 * are contributed by route builders that name the key. When the module is switched off, all three
 * disappear: the menu loses its entries, its paths answer 404 and its routes stop.
 */
public interface GovernanceModule {

  /**
   * Short stable key, lower case ({@code kernel}, {@code grid}, {@code egov}); also the first path
   * segment.
   */
  String key();

  /** Bundle key of the module's display name. */
  String nameKey();

  /** Position in menus and lists; lower comes first. */
  int order();

  /**
   * Whether an administrator may switch the module off. The kernel and the integration runtime may
   * not.
   */
  default boolean optional() {
    return true;
  }

  /**
   * Base names of the module's message bundles ({@code cn.finegov.grid.messages}); the base file is
   * Chinese, {@code _en} English. Names of the module, its menu entries, permissions and settings
   * are looked up there.
   */
  List<String> bundleBaseNames();

  /** What roles may be allowed to do in this module. */
  default List<PermissionDefinition> permissions() {
    return List.of();
  }

  /**
   * Permissions given to built-in roles when the module is installed for the first time (role code
   * to permission keys). Applied once: later changes on the roles screen are kept.
   */
  default Map<String, Set<String>> defaultGrants() {
    return Map.of();
  }

  /** The module's settings, editable on the settings screen. */
  default List<SettingDefinition> settings() {
    return List.of();
  }

  /** Downloads the module offers on the exports screen. */
  default List<ExportDefinition> exports() {
    return List.of();
  }

  /** Reference and demo data the module loads at start. */
  default Optional<ModuleData> data() {
    return Optional.empty();
  }

  /** Entries of the module's section in the left menu. */
  List<MenuEntry> menuEntries();

  /** Widgets the module contributes to the dashboard. */
  default List<DashboardWidget> dashboardWidgets() {
    return List.of();
  }

  /** The module's own database schema, migrated at deployment before anything uses it. */
  Optional<ModuleSchema> schema();
}
