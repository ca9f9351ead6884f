package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.module.GovernanceModule;
import cn.finegov.kernel.api.module.PermissionDefinition;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.application.export.KernelExports;
import cn.finegov.kernel.application.module.ModuleRegistry;
import cn.finegov.kernel.application.role.PermissionRegistry;
import cn.finegov.kernel.application.role.RoleService;
import cn.finegov.kernel.application.role.RoleView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The roles screen: roles as bundles of permissions, grouped by module, with the duty of each
 * permission shown, so that the separation of the three administrators (三员分立) is visible while
 * editing. Readers with {@code kernel.users.manage} only see the roles; changes need {@code
 * kernel.roles.manage}.
 */
@Named("roleAdmin")
@ViewScoped
public class RoleAdminBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The permissions one module declares.
   *
   * @param moduleKey the module
   * @param nameKey bundle key of the module's name
   * @param permissions its permissions
   */
  public record PermissionGroup(
      String moduleKey, String nameKey, List<PermissionDefinition> permissions)
      implements Serializable {}

  @Inject private transient RoleService roles;
  @Inject private transient PermissionRegistry permissionRegistry;
  @Inject private transient ModuleRegistry modules;
  @Inject private transient ActorContext actors;
  @Inject private transient KernelExports exports;
  @Inject private transient DisplaySettings display;
  @Inject private transient Faces faces;

  private List<RoleView> list;
  private List<PermissionGroup> groups;

  private boolean creating;
  private boolean builtIn;
  private String code;
  private String nameZh;
  private String nameEn;
  private String description;
  private Map<String, List<String>> selected = new HashMap<>();
  private long version;

  public List<RoleView> getRoles() {
    if (list == null) {
      list = roles.list();
    }
    return list;
  }

  public List<PermissionGroup> getGroups() {
    if (groups == null) {
      List<PermissionGroup> all = new ArrayList<>();
      for (GovernanceModule module : modules.installed()) {
        List<PermissionDefinition> own =
            permissionRegistry.all().stream()
                .filter(p -> p.moduleKey().equals(module.key()))
                .toList();
        if (!own.isEmpty()) {
          all.add(new PermissionGroup(module.key(), module.nameKey(), own));
        }
      }
      groups = all;
    }
    return groups;
  }

  public boolean isEditable() {
    return actors.current().hasPermission(KernelPermissions.ROLES_MANAGE);
  }

  public void startCreate() {
    creating = true;
    builtIn = false;
    code = null;
    nameZh = null;
    nameEn = null;
    description = null;
    selected = new HashMap<>();
    getGroups().forEach(group -> selected.put(group.moduleKey(), new ArrayList<>()));
    version = 0;
  }

  public void startEdit(RoleView role) {
    creating = false;
    builtIn = role.builtIn();
    code = role.code();
    nameZh = role.nameZh();
    nameEn = role.nameEn();
    description = role.description();
    version = role.version();
    selected = new HashMap<>();
    for (PermissionGroup group : getGroups()) {
      List<String> chosen = new ArrayList<>();
      for (PermissionDefinition permission : group.permissions()) {
        if (role.permissions().contains(permission.key())) {
          chosen.add(permission.key());
        }
      }
      selected.put(group.moduleKey(), chosen);
    }
  }

  public void save() {
    Set<String> granted = new HashSet<>();
    selected.values().forEach(granted::addAll);
    RoleView saved =
        creating
            ? faces.attempt(() -> roles.create(code, nameZh, nameEn, description, granted))
            : faces.attempt(
                () -> roles.update(code, nameZh, nameEn, description, granted, version));
    if (saved != null) {
      faces.info("role.saved", saved.code());
      list = null;
      PrimeFaces.current().executeScript("PF('roleDialog').hide()");
    }
  }

  public void delete(RoleView role) {
    if (faces.attempt(() -> roles.delete(role.code()))) {
      faces.info("role.deleted", role.code());
      list = null;
    }
  }

  /** The permission matrix as an Excel sheet. */
  public StreamedContent getExport() {
    return DefaultStreamedContent.builder()
        .name("roles.xlsx")
        .contentType(ExcelTable.CONTENT_TYPE)
        .writer(Faces.writer(out -> exports.roles(out, Messages.locale(), display.zone())))
        .build();
  }

  /** The name of a role in the view's language. */
  public String name(RoleView role) {
    return "en".equals(Messages.locale().getLanguage()) ? role.nameEn() : role.nameZh();
  }

  public boolean isCreating() {
    return creating;
  }

  public boolean isBuiltIn() {
    return builtIn;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Map<String, List<String>> getSelected() {
    return selected;
  }
}
