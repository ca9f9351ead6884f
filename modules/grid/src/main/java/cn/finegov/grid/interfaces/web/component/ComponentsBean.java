package cn.finegov.grid.interfaces.web.component;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.application.component.ComponentDraft;
import cn.finegov.grid.application.component.ComponentFiles;
import cn.finegov.grid.application.component.ComponentPhotos;
import cn.finegov.grid.application.component.ComponentService;
import cn.finegov.grid.application.component.ComponentView;
import cn.finegov.grid.application.component.ImportResult;
import cn.finegov.grid.domain.model.component.ComponentFilter;
import cn.finegov.grid.domain.model.component.ComponentState;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.interfaces.web.DisplaySettings;
import cn.finegov.kernel.interfaces.web.Faces;
import cn.finegov.kernel.interfaces.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/** The component inventory screen. */
@Named("gridComponents")
@ViewScoped
public class ComponentsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ComponentService components;
  @Inject private transient ActorContext actors;
  @Inject private transient Faces faces;
  @Inject private transient DisplaySettings display;

  private String filterCategory;
  private String filterGrid;
  private String filterState;
  private String filterText;

  private Long id;
  private long version;
  private String componentId;
  private String category;
  private String district;
  private String name;
  private String competentUnit;
  private String ownerName;
  private String maintainerName;
  private String gridCode;
  private Double latitude;
  private Double longitude;
  private String state = ComponentState.INTACT.name();
  private String note;
  private boolean active = true;

  private ImportResult lastImport;

  private final LazyDataModel<ComponentView> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) components.count(filter());
        }

        @Override
        public List<ComponentView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          String sort = null;
          boolean ascending = true;
          for (SortMeta meta : sortBy.values()) {
            sort = meta.getField();
            ascending = meta.getOrder() != SortOrder.DESCENDING;
          }
          return components.list(filter(), first, pageSize, sort, ascending);
        }

        @Override
        public String getRowKey(ComponentView row) {
          return String.valueOf(row.id());
        }
      };

  private ComponentFilter filter() {
    return new ComponentFilter(
        blank(filterCategory),
        blank(filterGrid),
        blank(filterState) == null ? null : ComponentState.valueOf(filterState),
        blank(filterText),
        false);
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public boolean isManager() {
    return actors.current().hasPermission(GridModule.REFERENCE_MANAGE);
  }

  public void startCreate() {
    id = null;
    version = 0;
    componentId = null;
    category = null;
    district = null;
    name = null;
    competentUnit = null;
    ownerName = null;
    maintainerName = null;
    gridCode = null;
    latitude = null;
    longitude = null;
    state = ComponentState.INTACT.name();
    note = null;
    active = true;
  }

  public void startEdit(ComponentView row) {
    ComponentView c = components.find(row.id());
    id = c.id();
    version = c.version();
    componentId = c.componentId();
    category = c.category();
    district = c.componentId().substring(0, 6);
    name = c.name();
    competentUnit = c.competentUnit();
    ownerName = c.ownerName();
    maintainerName = c.maintainerName();
    gridCode = c.gridCode();
    latitude = c.latitude();
    longitude = c.longitude();
    state = c.state();
    note = c.note();
    active = c.active();
  }

  public void save() {
    ComponentDraft draft =
        new ComponentDraft(
            componentId,
            category,
            district,
            name,
            competentUnit,
            ownerName,
            maintainerName,
            gridCode,
            latitude,
            longitude,
            state,
            note,
            active);
    ComponentView saved =
        faces.attempt(
            () -> id == null ? components.register(draft) : components.change(id, version, draft));
    if (saved != null) {
      faces.info("grid.component.ui.saved", saved.componentId());
      PrimeFaces.current().executeScript("PF('componentDialog').hide()");
    }
  }

  public void upload(FileUploadEvent event) {
    lastImport =
        faces.attempt(
            () ->
                components.importRows(
                    ComponentFiles.read(
                        event.getFile().getFileName(), event.getFile().getContent())));
    if (lastImport != null) {
      faces.info(
          "grid.component.ui.imported",
          lastImport.rows(),
          lastImport.created(),
          lastImport.updated(),
          lastImport.unchanged());
    }
  }

  public StreamedContent getExport() {
    List<ComponentView> rows = components.list(filter(), 0, 50_000, null, true);
    return DefaultStreamedContent.builder()
        .name("components.xlsx")
        .contentType(ExcelTable.CONTENT_TYPE)
        .writer(
            Faces.writer(
                out -> ComponentFiles.export(rows, Messages.locale(), display.zone(), out)))
        .build();
  }

  public Map<String, String> getCategories() {
    return components.categories();
  }

  public List<ComponentState> getStates() {
    return ComponentService.states();
  }

  public String getPhotoType() {
    return ComponentPhotos.OWNER_TYPE;
  }

  public int getMaxUploadBytes() {
    return ComponentFiles.MAX_BYTES;
  }

  public LazyDataModel<ComponentView> getModel() {
    return model;
  }

  public ImportResult getLastImport() {
    return lastImport;
  }

  public String getFilterCategory() {
    return filterCategory;
  }

  public void setFilterCategory(String filterCategory) {
    this.filterCategory = filterCategory;
  }

  public String getFilterGrid() {
    return filterGrid;
  }

  public void setFilterGrid(String filterGrid) {
    this.filterGrid = filterGrid;
  }

  public String getFilterState() {
    return filterState;
  }

  public void setFilterState(String filterState) {
    this.filterState = filterState;
  }

  public String getFilterText() {
    return filterText;
  }

  public void setFilterText(String filterText) {
    this.filterText = filterText;
  }

  public Long getId() {
    return id;
  }

  public boolean isCreating() {
    return id == null;
  }

  public String getComponentId() {
    return componentId;
  }

  public void setComponentId(String componentId) {
    this.componentId = componentId;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCompetentUnit() {
    return competentUnit;
  }

  public void setCompetentUnit(String competentUnit) {
    this.competentUnit = competentUnit;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public void setOwnerName(String ownerName) {
    this.ownerName = ownerName;
  }

  public String getMaintainerName() {
    return maintainerName;
  }

  public void setMaintainerName(String maintainerName) {
    this.maintainerName = maintainerName;
  }

  public String getGridCode() {
    return gridCode;
  }

  public void setGridCode(String gridCode) {
    this.gridCode = gridCode;
  }

  public Double getLatitude() {
    return latitude;
  }

  public void setLatitude(Double latitude) {
    this.latitude = latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public void setLongitude(Double longitude) {
    this.longitude = longitude;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
