package cn.finegov.kernel.api.module;

import java.util.Objects;
import java.util.Set;

/**
 * A card on the dashboard, rendered from a Facelets fragment the module ships.
 *
 * @param id stable identifier
 * @param titleKey bundle key of the card title
 * @param view Facelets fragment ({@code ui:composition}) path, e.g. {@code
 *     /egov/widgets/last-import.xhtml}
 * @param roles roles that see the widget; empty means every signed-in user
 * @param order position on the dashboard
 */
public record DashboardWidget(
    String id, String titleKey, String view, Set<String> roles, int order) {

  public DashboardWidget {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(titleKey, "titleKey");
    Objects.requireNonNull(view, "view");
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  public boolean visibleTo(Set<String> userRoles) {
    return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
  }
}
