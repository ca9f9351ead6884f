package cn.finegov.kernel.interfaces.http;

import cn.finegov.kernel.api.module.GovernanceModule;
import cn.finegov.kernel.api.module.MenuEntry;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.application.module.ModuleRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Guards module screens. A module's views live under {@code /<module key>/}: while the module is
 * switched off they answer 404. A view that is a menu entry answers 403 to users who lack the
 * entry's roles, so that typing the address does not get around the menu.
 */
@WebFilter(filterName = "ModuleViewFilter", urlPatterns = "*.xhtml", asyncSupported = true)
public class ModuleViewFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private transient ModuleRegistry registry;
  @Inject private transient ActorContext actors;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getServletPath();
    Optional<GovernanceModule> module = registry.module(firstSegment(path));
    if (module.isPresent()) {
      if (!registry.isEnabled(module.get().key())) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      Optional<MenuEntry> entry =
          module.get().menuEntries().stream().filter(e -> e.view().equals(path)).findFirst();
      if (entry.isPresent() && !entry.get().visibleTo(actors.current())) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static String firstSegment(String path) {
    if (path == null || path.length() < 2) {
      return "";
    }
    int end = path.indexOf('/', 1);
    return end < 0 ? "" : path.substring(1, end);
  }
}
