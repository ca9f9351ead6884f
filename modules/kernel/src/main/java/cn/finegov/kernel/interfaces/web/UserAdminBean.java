package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.application.export.KernelExports;
import cn.finegov.kernel.application.org.OrganisationService;
import cn.finegov.kernel.application.role.RoleService;
import cn.finegov.kernel.application.role.RoleView;
import cn.finegov.kernel.application.user.UserChange;
import cn.finegov.kernel.application.user.UserDraft;
import cn.finegov.kernel.application.user.UserService;
import cn.finegov.kernel.application.user.UserView;
import cn.finegov.kernel.domain.model.user.UserQuery;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/**
 * User administration for the security administrator: a filtered, paged list of the accounts in his
 * scope and the account dialog (unit, roles, units granted beyond the own one).
 */
@Named("userAdmin")
@ViewScoped
public class UserAdminBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient UserService users;
  @Inject private transient OrganisationDirectory directory;
  @Inject private transient OrganisationService organisation;
  @Inject private transient Faces faces;
  @Inject private transient Messages messages;
  @Inject private transient DisplaySettings display;
  @Inject private transient RoleService roleService;
  @Inject private transient KernelExports exports;

  private String filterText;
  private String filterRole;
  private Boolean filterActive = Boolean.TRUE;

  private final LazyDataModel<UserView> model = new UserModel();

  private boolean creating;
  private Long id;
  private String username;
  private String displayName;
  private UnitSummary unit;
  private List<String> roles = new ArrayList<>();
  private List<UnitSummary> extraUnits = new ArrayList<>();
  private List<RoleView> assignableRoles;
  private String password;
  private long version;

  private final class UserModel extends LazyDataModel<UserView> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) users.count(query(null, true));
    }

    @Override
    public List<UserView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
      String field = sort == null ? "username" : sort.getField();
      boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
      return users.search(query(field, ascending), first, pageSize);
    }

    @Override
    public String getRowKey(UserView user) {
      return String.valueOf(user.id());
    }

    @Override
    public UserView getRowData(String rowKey) {
      return users.find(Long.parseLong(rowKey));
    }
  }

  private UserQuery query(String sortField, boolean ascending) {
    return new UserQuery(filterText, null, filterRole, filterActive, sortField, ascending);
  }

  public void startCreate() {
    creating = true;
    id = null;
    username = null;
    displayName = null;
    unit = null;
    roles = new ArrayList<>();
    extraUnits = new ArrayList<>();
    password = null;
    version = 0;
  }

  public void startEdit(UserView user) {
    creating = false;
    id = user.id();
    username = user.username();
    displayName = user.displayName();
    unit = directory.findById(user.unitId()).orElse(null);
    roles = new ArrayList<>(user.roles());
    extraUnits = new ArrayList<>(user.extraUnits());
    password = null;
    version = user.version();
  }

  public void save() {
    Long unitId = unit == null ? null : unit.id();
    UserView saved;
    if (creating) {
      char[] secret = password == null ? new char[0] : password.toCharArray();
      saved =
          faces.attempt(
              () ->
                  users.create(
                      new UserDraft(
                          username,
                          displayName,
                          unitId,
                          new HashSet<>(roles),
                          extraUnitIds(),
                          secret)));
    } else {
      saved =
          faces.attempt(
              () ->
                  users.update(
                      id,
                      new UserChange(
                          displayName, unitId, new HashSet<>(roles), extraUnitIds(), version)));
    }
    password = null;
    if (saved != null) {
      faces.info("user.saved", saved.username());
      PrimeFaces.current().executeScript("PF('userDialog').hide()");
    }
  }

  public void resetPassword() {
    char[] secret = password == null ? new char[0] : password.toCharArray();
    password = null;
    if (faces.attempt(() -> users.resetPassword(id, secret))) {
      faces.info("user.password-reset", username);
      PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
    }
  }

  private Set<Long> extraUnitIds() {
    return extraUnits.stream().map(UnitSummary::id).collect(Collectors.toSet());
  }

  public void unlock(UserView user) {
    if (faces.attempt(() -> users.unlock(user.id())) != null) {
      faces.info("user.unlocked", user.username());
    }
  }

  public void deactivate(UserView user) {
    if (faces.attempt(() -> users.deactivate(user.id())) != null) {
      faces.info("user.deactivated", user.username());
    }
  }

  public void reactivate(UserView user) {
    if (faces.attempt(() -> users.reactivate(user.id())) != null) {
      faces.info("user.reactivated", user.username());
    }
  }

  /** The listed users (all pages) as an Excel sheet. */
  public StreamedContent getExport() {
    return DefaultStreamedContent.builder()
        .name("users.xlsx")
        .contentType(ExcelTable.CONTENT_TYPE)
        .writer(
            Faces.writer(
                out ->
                    exports.users(out, Messages.locale(), display.zone(), query("username", true))))
        .build();
  }

  /** The user's roles in the view's language. */
  public String roleNames(UserView user) {
    return String.join("、", roleService.namesOf(user.roles(), Messages.locale()));
  }

  /** The name of a role in the view's language. */
  public String roleName(RoleView role) {
    return "en".equals(Messages.locale().getLanguage()) ? role.nameEn() : role.nameZh();
  }

  public List<RoleView> getAssignableRoles() {
    if (assignableRoles == null) {
      assignableRoles = roleService.list();
    }
    return assignableRoles;
  }

  public List<UnitSummary> completeUnit(String query) {
    return organisation.search(query, 20);
  }

  public LazyDataModel<UserView> getModel() {
    return model;
  }

  public String getFilterText() {
    return filterText;
  }

  public void setFilterText(String filterText) {
    this.filterText = filterText;
  }

  public String getFilterRole() {
    return filterRole;
  }

  public void setFilterRole(String filterRole) {
    this.filterRole = filterRole == null || filterRole.isBlank() ? null : filterRole;
  }

  public Boolean getFilterActive() {
    return filterActive;
  }

  public void setFilterActive(Boolean filterActive) {
    this.filterActive = filterActive;
  }

  public boolean isCreating() {
    return creating;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public UnitSummary getUnit() {
    return unit;
  }

  public void setUnit(UnitSummary unit) {
    this.unit = unit;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : roles;
  }

  public List<UnitSummary> getExtraUnits() {
    return extraUnits;
  }

  public void setExtraUnits(List<UnitSummary> extraUnits) {
    this.extraUnits = extraUnits == null ? new ArrayList<>() : new ArrayList<>(extraUnits);
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
