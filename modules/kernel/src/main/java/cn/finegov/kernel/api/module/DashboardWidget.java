package cn.finegov.kernel.api.module;

import cn.finegov.kernel.api.security.Actor;
import java.util.Objects;
import java.util.Set;

/**
 * A card on the dashboard, rendered from a Facelets fragment the module ships.
 *
 * @param id stable identifier
 * @param titleKey bundle key of the card title
 * @param view Facelets fragment ({@code ui:composition}) path, e.g. {@code
 *     /egov/widgets/last-import.xhtml}
 * @param permissions permissions any of which shows the widget; empty means every signed-in user
 * @param order position on the dashboard
 */
public record DashboardWidget(
    String id, String titleKey, String view, Set<String> permissions, int order) {

  public DashboardWidget {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(titleKey, "titleKey");
    Objects.requireNonNull(view, "view");
    permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
  }

  /** Whether the actor sees it. */
  public boolean visibleTo(Actor actor) {
    return permissions.isEmpty() || permissions.stream().anyMatch(actor::hasPermission);
  }
}
