package cn.finegov.kernel.api.module;

import cn.finegov.kernel.api.security.Actor;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of a module's menu section.
 *
 * @param id stable identifier, also used as the HTML id of the menu item
 * @param labelKey bundle key of the label
 * @param view view path inside the web application, e.g. {@code /egov/orgsync.xhtml}
 * @param icon PrimeIcons class, e.g. {@code pi pi-sitemap}
 * @param permissions permissions any of which shows the entry; empty means every signed-in user
 * @param order position inside the section
 */
public record MenuEntry(
    String id, String labelKey, String view, String icon, Set<String> permissions, int order) {

  public MenuEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(labelKey, "labelKey");
    Objects.requireNonNull(view, "view");
    icon = icon == null ? "pi pi-circle" : icon;
    permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
  }

  /** Whether the actor sees it. */
  public boolean visibleTo(Actor actor) {
    return permissions.isEmpty() || permissions.stream().anyMatch(actor::hasPermission);
  }
}
