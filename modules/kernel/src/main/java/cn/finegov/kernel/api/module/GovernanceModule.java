package cn.finegov.kernel.api.module;

import java.util.List;
import java.util.Optional;

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

  /** Base name of the module's message bundle ({@code cn.finegov.grid.messages}), if it has one. */
  Optional<String> bundleBaseName();

  /** Entries of the module's section in the left menu. */
  List<MenuEntry> menuEntries();

  /** Widgets the module contributes to the dashboard. */
  default List<DashboardWidget> dashboardWidgets() {
    return List.of();
  }

  /** The module's own database schema, migrated at deployment before anything uses it. */
  Optional<ModuleSchema> schema();
}
