package cn.finegov.kernel.application.module;

import cn.finegov.kernel.api.module.DashboardWidget;
import cn.finegov.kernel.api.module.ExportDefinition;
import cn.finegov.kernel.api.module.MenuEntry;
import cn.finegov.kernel.api.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/**
 * What the shell shows a user: the menu sections and dashboard widgets of the switched-on modules.
 */
@ApplicationScoped
public class ShellService {

  @Inject private ModuleRegistry registry;

  /** Menu sections with the entries {@code actor} may see; sections left empty are dropped. */
  public List<MenuSection> menuFor(Actor actor) {
    return registry.enabled().stream()
        .map(
            module ->
                new MenuSection(
                    module.key(),
                    module.nameKey(),
                    module.menuEntries().stream()
                        .filter(entry -> entry.visibleTo(actor))
                        .sorted(Comparator.comparingInt(MenuEntry::order))
                        .toList()))
        .filter(section -> !section.entries().isEmpty())
        .toList();
  }

  /** Dashboard widgets {@code actor} may see, by module order, then by widget order. */
  public List<DashboardWidget> widgetsFor(Actor actor) {
    return registry.enabled().stream()
        .flatMap(
            module ->
                module.dashboardWidgets().stream()
                    .sorted(Comparator.comparingInt(DashboardWidget::order)))
        .filter(widget -> widget.visibleTo(actor))
        .toList();
  }

  /** Downloads of the switched-on modules {@code actor} may run, by module order. */
  public List<ExportDefinition> exportsFor(Actor actor) {
    return registry.enabled().stream()
        .flatMap(module -> module.exports().stream())
        .filter(export -> actor.hasPermission(export.permission()))
        .toList();
  }
}
