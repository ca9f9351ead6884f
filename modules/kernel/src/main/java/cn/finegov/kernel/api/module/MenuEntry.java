package cn.finegov.kernel.api.module;

import java.util.Objects;
import java.util.Set;

/**
 * One entry of a module's menu section.
 *
 * @param id stable identifier, also used as the HTML id of the menu item
 * @param labelKey bundle key of the label
 * @param view view path inside the web application, e.g. {@code /egov/orgsync.xhtml}
 * @param icon PrimeIcons class, e.g. {@code pi pi-sitemap}
 * @param roles roles that see the entry; empty means every signed-in user
 * @param order position inside the section
 */
public record MenuEntry(
    String id, String labelKey, String view, String icon, Set<String> roles, int order) {

  public MenuEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(labelKey, "labelKey");
    Objects.requireNonNull(view, "view");
    icon = icon == null ? "pi pi-circle" : icon;
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  /** Whether a user holding {@code userRoles} sees this entry. */
  public boolean visibleTo(Set<String> userRoles) {
    return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
  }
}
