package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.module.DashboardWidget;
import cn.finegov.kernel.api.module.MenuEntry;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.application.module.MenuSection;
import cn.finegov.kernel.application.module.ShellService;
import cn.finegov.kernel.application.role.RoleService;
import cn.finegov.kernel.application.user.SignInService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/**
 * The frame around every screen: who is signed in, the menu of the switched-on modules, sign-out.
 */
@Named("shell")
@RequestScoped
public class ShellBean {

  @Inject private ActorContext actors;
  @Inject private OrganisationDirectory directory;
  @Inject private ShellService shell;
  @Inject private SignInService signIn;
  @Inject private Messages messages;
  @Inject private RoleService roles;

  private Actor actor;
  private MenuModel menu;

  public Actor getActor() {
    if (actor == null) {
      actor = actors.current();
    }
    return actor;
  }

  public String getUnitName() {
    Long unitId = getActor().unitId();
    return unitId == null ? "" : directory.findById(unitId).map(UnitSummary::name).orElse("");
  }

  /** Role names of the actor in the view's language, comma-separated. */
  public String getRoleNames() {
    return String.join("、", roles.namesOf(getActor().roles(), Messages.locale()));
  }

  public MenuModel getMenu() {
    if (menu == null) {
      menu = buildMenu();
    }
    return menu;
  }

  public List<DashboardWidget> getWidgets() {
    return shell.widgetsFor(getActor());
  }

  private MenuModel buildMenu() {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
    DefaultMenuModel model = new DefaultMenuModel();
    model
        .getElements()
        .add(
            DefaultMenuItem.builder()
                .id("menu-home")
                .value(messages.get("menu.home"))
                .icon("pi pi-home")
                .url(context + "/index.xhtml")
                .styleClass("menu-home" + ("/index.xhtml".equals(viewId) ? " menu-active" : ""))
                .build());
    for (MenuSection section : shell.menuFor(getActor())) {
      DefaultSubMenu.Builder submenu =
          DefaultSubMenu.builder()
              .id("menu-section-" + section.moduleKey())
              .label(messages.get(section.nameKey()))
              .styleClass("menu-section menu-section-" + section.moduleKey());
      for (MenuEntry entry : section.entries()) {
        submenu.addElement(
            DefaultMenuItem.builder()
                .id("menu-" + entry.id())
                .value(messages.get(entry.labelKey()))
                .icon(entry.icon())
                .url(context + entry.view())
                .styleClass(
                    "menu-" + entry.id() + (entry.view().equals(viewId) ? " menu-active" : ""))
                .build());
      }
      model.getElements().add(submenu.build());
    }
    return model;
  }

  /** Signs out, ends the session and goes to the login page. */
  public void logout() throws IOException, ServletException {
    signIn.signedOut();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }
}
