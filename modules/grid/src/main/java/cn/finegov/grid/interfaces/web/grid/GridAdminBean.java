package cn.finegov.grid.interfaces.web.grid;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.application.grid.GridChange;
import cn.finegov.grid.application.grid.GridDraft;
import cn.finegov.grid.application.grid.GridGroupService;
import cn.finegov.grid.application.grid.GridTreeService;
import cn.finegov.grid.application.grid.GridView;
import cn.finegov.grid.application.grid.GroupView;
import cn.finegov.grid.application.grid.ImportResult;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.interfaces.web.DisplaySettings;
import cn.finegov.kernel.interfaces.web.Faces;
import cn.finegov.kernel.interfaces.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.TreeNode;

/**
 * The grid administration screen: the whole tree on the left (streets, communities, unit grids),
 * the selected grid's form, outline on a map and grid group on the right; import of GeoJSON, export
 * as GeoJSON and Excel.
 */
@Named("gridAdmin")
@ViewScoped
public class GridAdminBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Largest import file, in bytes. */
  public static final long MAX_UPLOAD = 20L * 1024 * 1024;

  @Inject private transient GridTreeService tree;
  @Inject private transient GridGroupService groups;
  @Inject private transient ActorContext actors;
  @Inject private transient Faces faces;
  @Inject private transient DisplaySettings display;

  private TreeNode<GridView> root;
  private TreeNode<GridView> selectedNode;

  private boolean creating;
  private String code;
  private String name;
  private String level;
  private String parentCode;
  private String unitCode;
  private String outline;
  private Double area;
  private boolean active;
  private long version;
  private GroupView group;
  private String shownOutline;

  @PostConstruct
  void init() {
    reloadTree(null);
  }

  private void reloadTree(String select) {
    root = new DefaultTreeNode<>(null, null);
    Map<String, TreeNode<GridView>> nodes = new HashMap<>();
    for (GridView grid : tree.list(null, null)) {
      TreeNode<GridView> parent =
          grid.parentCode() == null ? root : nodes.getOrDefault(grid.parentCode(), root);
      String type = grid.active() ? grid.level().toLowerCase(java.util.Locale.ROOT) : "inactive";
      DefaultTreeNode<GridView> node = new DefaultTreeNode<>(type, grid, parent);
      node.setExpanded(!"UNIT".equals(grid.level()) && grid.parentCode() == null);
      nodes.put(grid.code(), node);
      if (grid.code().equals(select)) {
        node.setSelected(true);
        selectedNode = node;
        for (TreeNode<GridView> up = parent; up != null; up = up.getParent()) {
          up.setExpanded(true);
        }
      }
    }
  }

  public void onSelect(NodeSelectEvent event) {
    @SuppressWarnings("unchecked")
    TreeNode<GridView> node = (TreeNode<GridView>) event.getTreeNode();
    show(node.getData());
  }

  private void show(GridView grid) {
    creating = false;
    code = grid.code();
    name = grid.name();
    level = grid.level();
    parentCode = grid.parentCode();
    unitCode = grid.unitCode();
    outline = grid.outline();
    shownOutline = grid.outline();
    area = grid.area();
    active = grid.active();
    version = grid.version();
    refreshGroup();
  }

  /**
   * Reads the selected unit grid's group again (after the group dialog changed it); phones masked
   * for everybody on this screen, the group dialog never shows them either.
   */
  public void refreshGroup() {
    String unitGrid = "UNIT".equals(level) && !creating ? code : null;
    group =
        unitGrid == null
            ? null
            : faces.attempt(() -> groups.find(unitGrid).map(GroupView::masked).orElse(null));
  }

  /** Starts a new street. */
  public void startStreet() {
    startCreate(null, null);
  }

  /** Starts a new grid below the selected one (its code prefilled). */
  public void startChild() {
    if (code != null && !creating && !"UNIT".equals(level)) {
      startCreate(code, unitCode);
    }
  }

  private void startCreate(String parent, String unit) {
    creating = true;
    code = parent == null ? "" : parent;
    parentCode = parent;
    name = "";
    level = null;
    unitCode = unit;
    outline = "";
    shownOutline = null;
    area = null;
    active = true;
    version = 0;
    group = null;
  }

  public void save() {
    if (creating) {
      GridView created =
          faces.attempt(
              () -> tree.create(new GridDraft(code, parentCode, null, name, unitCode, outline)));
      if (created != null) {
        faces.info("grid.tree.created", created.code());
        reloadTree(created.code());
        show(created);
      }
    } else {
      GridView saved =
          faces.attempt(
              () -> tree.update(code, new GridChange(version, name, unitCode, outline, active)));
      if (saved != null) {
        faces.info("grid.tree.saved", saved.code());
        reloadTree(saved.code());
        show(saved);
      }
    }
  }

  public void upload(FileUploadEvent event) {
    byte[] content = event.getFile().getContent();
    ImportResult result = faces.attempt(() -> tree.importFile(content));
    if (result != null) {
      faces.info("grid.tree.import.done", result.created(), result.updated(), result.unchanged());
      reloadTree(code);
    }
  }

  public StreamedContent getGeoJsonExport() {
    return DefaultStreamedContent.builder()
        .name("grids.geojson")
        .contentType("application/geo+json")
        .writer(
            Faces.writer(
                out -> out.write(tree.exportGeoJson(null, null).getBytes(StandardCharsets.UTF_8))))
        .build();
  }

  public StreamedContent getExcelExport() {
    return DefaultStreamedContent.builder()
        .name("grids.xlsx")
        .contentType(ExcelTable.CONTENT_TYPE)
        .writer(Faces.writer(out -> tree.exportExcel(out, Messages.locale(), display.zone())))
        .build();
  }

  /**
   * The stored outline of the selected grid for the small map (written by {@link
   * cn.finegov.grid.domain.model.grid.GridShape#toGeoJson}: numbers only, safe in a script
   * element), empty for none.
   */
  public String getOutlineJson() {
    return shownOutline == null ? "" : shownOutline;
  }

  public boolean isEditable() {
    return actors.current().hasPermission(GridModule.REFERENCE_MANAGE);
  }

  public boolean isSelected() {
    return creating || code != null;
  }

  public long getMaxUpload() {
    return MAX_UPLOAD;
  }

  public List<String> getLevels() {
    return List.of("STREET", "COMMUNITY", "UNIT");
  }

  public TreeNode<GridView> getRoot() {
    return root;
  }

  public TreeNode<GridView> getSelectedNode() {
    return selectedNode;
  }

  public void setSelectedNode(TreeNode<GridView> selectedNode) {
    this.selectedNode = selectedNode;
  }

  public boolean isCreating() {
    return creating;
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

  public String getLevel() {
    return level;
  }

  public String getParentCode() {
    return parentCode;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public String getOutline() {
    return outline;
  }

  public void setOutline(String outline) {
    this.outline = outline;
  }

  public Double getArea() {
    return area;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public GroupView getGroup() {
    return group;
  }
}
