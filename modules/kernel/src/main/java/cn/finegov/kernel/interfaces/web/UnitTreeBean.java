package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.org.UnitType;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.application.export.KernelExports;
import cn.finegov.kernel.application.org.OrganisationService;
import cn.finegov.kernel.application.org.UnitChange;
import cn.finegov.kernel.application.org.UnitDraft;
import cn.finegov.kernel.application.org.UnitNode;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.TreeNode;

/**
 * The organisation tree screen: a lazily loaded tree on the left, the selected unit's form on the
 * right. Holders of {@code kernel.org.read} read their scope (and the units leading down to it);
 * holders of {@code kernel.org.manage} change the units in their scope.
 */
@Named("unitTree")
@ViewScoped
public class UnitTreeBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String PLACEHOLDER = "placeholder";

  @Inject private transient OrganisationService organisation;
  @Inject private transient OrganisationDirectory directory;
  @Inject private transient ActorContext actors;
  @Inject private transient Faces faces;
  @Inject private transient Messages messages;
  @Inject private transient DisplaySettings display;
  @Inject private transient KernelExports exports;

  private TreeNode<UnitRow> root;
  private TreeNode<UnitRow> selectedNode;
  private UnitSummary found;

  private boolean creating;
  private Long id;
  private String code;
  private String name;
  private String shortName;
  private UnitType type;
  private UnitSummary parent;
  private Integer sortOrder;
  private long version;
  private boolean active;
  private boolean inScope;

  /**
   * A unit as a tree node shows it.
   *
   * @param id identifier
   * @param code code
   * @param name name
   * @param type type
   * @param active in use
   */
  public record UnitRow(long id, String code, String name, UnitType type, boolean active)
      implements Serializable {}

  @PostConstruct
  void init() {
    reloadTree();
  }

  private void reloadTree() {
    root = new DefaultTreeNode<>(new UnitRow(0, "", "", UnitType.CITY, true), null);
    addChildren(root, null);
  }

  private void addChildren(TreeNode<UnitRow> node, Long parentId) {
    node.getChildren().clear();
    for (UnitNode child : organisation.children(parentId)) {
      UnitSummary unit = child.unit();
      DefaultTreeNode<UnitRow> treeNode =
          new DefaultTreeNode<>(
              !child.inScope() ? "outside" : unit.active() ? "unit" : "inactive",
              new UnitRow(unit.id(), unit.code(), unit.name(), unit.type(), unit.active()),
              node);
      if (child.hasChildren()) {
        new DefaultTreeNode<>(PLACEHOLDER, null, treeNode);
      }
    }
  }

  public void onExpand(NodeExpandEvent event) {
    @SuppressWarnings("unchecked")
    TreeNode<UnitRow> node = (TreeNode<UnitRow>) event.getTreeNode();
    loadIfNeeded(node);
  }

  private void loadIfNeeded(TreeNode<UnitRow> node) {
    List<TreeNode<UnitRow>> children = node.getChildren();
    if (children.size() == 1 && PLACEHOLDER.equals(children.get(0).getType())) {
      addChildren(node, node.getData().id());
    }
  }

  public void onSelect(NodeSelectEvent event) {
    @SuppressWarnings("unchecked")
    TreeNode<UnitRow> node = (TreeNode<UnitRow>) event.getTreeNode();
    select(node.getData().id());
  }

  /** Jumps to the unit picked in the search box: expands its branch and selects it. */
  public void onFound() {
    if (found != null) {
      expandTo(found.id());
      found = null;
    }
  }

  private void select(long unitId) {
    UnitNode node = organisation.node(unitId);
    UnitSummary unit = node.unit();
    creating = false;
    id = unit.id();
    code = unit.code();
    name = unit.name();
    shortName = unit.shortName();
    type = unit.type();
    parent = unit.parentId() == null ? null : directory.findById(unit.parentId()).orElse(null);
    sortOrder = unit.sortOrder();
    version = node.version();
    active = unit.active();
    inScope = node.inScope();
  }

  /** Rebuilds the tree, opens the branch down to the unit and selects it. */
  private void expandTo(long unitId) {
    reloadTree();
    UnitSummary unit = directory.findById(unitId).orElseThrow();
    List<Long> path =
        Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    TreeNode<UnitRow> current = root;
    for (Long step : path) {
      TreeNode<UnitRow> next = null;
      for (TreeNode<UnitRow> child : current.getChildren()) {
        if (child.getData() != null && child.getData().id() == step) {
          next = child;
          break;
        }
      }
      if (next == null) {
        break;
      }
      current.setExpanded(current != root);
      loadIfNeeded(next);
      current = next;
    }
    if (selectedNode != null) {
      selectedNode.setSelected(false);
    }
    current.setSelected(true);
    selectedNode = current;
    select(unitId);
  }

  public void startCreateChild() {
    if (id == null) {
      return;
    }
    UnitSummary selectedUnit = directory.findById(id).orElseThrow();
    startCreate(selectedUnit);
  }

  public void startCreateRoot() {
    startCreate(null);
  }

  private void startCreate(UnitSummary newParent) {
    creating = true;
    id = null;
    code = null;
    name = null;
    shortName = null;
    parent = newParent;
    type = newParent == null ? UnitType.CITY : suggestedChildType(newParent.type());
    sortOrder = 0;
    version = 0;
    active = true;
    inScope = true;
  }

  private static UnitType suggestedChildType(UnitType parentType) {
    return switch (parentType) {
      case CITY -> UnitType.DISTRICT;
      case DISTRICT -> UnitType.STREET;
      case STREET, TOWN -> UnitType.COMMUNITY;
      default -> UnitType.DEPARTMENT;
    };
  }

  public void save() {
    Long parentId = parent == null ? null : parent.id();
    if (creating) {
      UnitSummary created =
          faces.attempt(
              () ->
                  organisation.create(
                      new UnitDraft(code, name, shortName, type, parentId, sortOrder)));
      if (created != null) {
        faces.info("unit.created", created.name());
        expandTo(created.id());
      }
    } else {
      UnitSummary updated =
          faces.attempt(
              () ->
                  organisation.update(
                      id, new UnitChange(name, shortName, type, parentId, sortOrder, version)));
      if (updated != null) {
        faces.info("unit.saved", updated.name());
        expandTo(updated.id());
      }
    }
  }

  public void cancel() {
    if (id != null) {
      select(id);
    } else {
      creating = false;
    }
  }

  public void deactivate() {
    if (faces.attempt(() -> organisation.deactivate(id)) != null) {
      faces.info("unit.deactivated", name);
      expandTo(id);
    }
  }

  public void reactivate() {
    if (faces.attempt(() -> organisation.reactivate(id)) != null) {
      faces.info("unit.reactivated", name);
      expandTo(id);
    }
  }

  /** Units for the parent picker and the search box. */
  public List<UnitSummary> complete(String query) {
    return organisation.search(query, 20);
  }

  /** The units of the reader's scope as an Excel sheet, top down, with each unit's parent. */
  public StreamedContent getExport() {
    return DefaultStreamedContent.builder()
        .name("organisation.xlsx")
        .contentType(ExcelTable.CONTENT_TYPE)
        .writer(Faces.writer(out -> exports.units(out, Messages.locale(), display.zone())))
        .build();
  }

  /** Whether the form may change the selected unit (or the one being created). */
  public boolean isEditable() {
    return actors.current().hasPermission(KernelPermissions.ORG_MANAGE) && inScope;
  }

  /** Whether the actor may start a new tree at the top (his scope is the whole tree). */
  public boolean isRootCreatable() {
    return actors.current().hasPermission(KernelPermissions.ORG_MANAGE)
        && actors.current().scope().includesTop();
  }

  public boolean isSelected() {
    return creating || id != null;
  }

  public UnitType[] getTypes() {
    return UnitType.values();
  }

  public TreeNode<UnitRow> getRoot() {
    return root;
  }

  public TreeNode<UnitRow> getSelectedNode() {
    return selectedNode;
  }

  public void setSelectedNode(TreeNode<UnitRow> selectedNode) {
    this.selectedNode = selectedNode;
  }

  public UnitSummary getFound() {
    return found;
  }

  public void setFound(UnitSummary found) {
    this.found = found;
  }

  public boolean isCreating() {
    return creating;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getShortName() {
    return shortName;
  }

  public void setShortName(String shortName) {
    this.shortName = shortName;
  }

  public UnitType getType() {
    return type;
  }

  public void setType(UnitType type) {
    this.type = type;
  }

  public UnitSummary getParent() {
    return parent;
  }

  public void setParent(UnitSummary parent) {
    this.parent = parent;
  }

  public Integer getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(Integer sortOrder) {
    this.sortOrder = sortOrder;
  }

  public boolean isActive() {
    return active;
  }
}
