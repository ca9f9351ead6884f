package cn.finegov.grid.interfaces.web.road;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.application.road.ChiefDraft;
import cn.finegov.grid.application.road.ChiefView;
import cn.finegov.grid.application.road.PatrolService;
import cn.finegov.grid.application.road.PatrolView;
import cn.finegov.grid.application.road.RoadDraft;
import cn.finegov.grid.application.road.RoadService;
import cn.finegov.grid.application.road.RoadView;
import cn.finegov.grid.application.road.SignboardView;
import cn.finegov.grid.domain.model.road.ChiefTier;
import cn.finegov.grid.domain.model.road.RoadLine;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.interfaces.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/** The roads screen: segments, their chiefs and signboard, and their patrols. */
@Named("gridRoads")
@ViewScoped
public class RoadsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient RoadService roads;
  @Inject private transient PatrolService patrols;
  @Inject private transient ActorContext actors;
  @Inject private transient Faces faces;

  private String filterText;
  private boolean showRetired;
  private List<RoadView> segments;
  private RoadView selected;
  private List<PatrolView> selectedPatrols;
  private PatrolView patrol;
  private SignboardView signboard;
  private TrackSketch sketch;

  private Long editId;
  private long editVersion;
  private String code;
  private String name;
  private String fromPlace;
  private String toPlace;
  private String streetUnit;
  private String gridCode;
  private String geometry;
  private String signPhone;

  private Long chiefId;
  private long chiefVersion;
  private String tier = ChiefTier.DAILY_PATROL.name();
  private String chiefName;
  private String chiefUsername;
  private String chiefUnit;
  private String chiefPhone;

  @PostConstruct
  void load() {
    refresh();
  }

  public void refresh() {
    segments = faces.attempt(() -> roads.list(filterText, !showRetired));
    if (selected != null) {
      select(selected);
    }
  }

  public void select(RoadView segment) {
    selected = faces.attempt(() -> roads.find(segment.id()));
    patrol = null;
    sketch = null;
    selectedPatrols = selected == null ? List.of() : patrols.list(selected.id(), null, null, 50);
    signboard = selected == null ? null : roads.signboard(selected.id());
  }

  public boolean isManager() {
    return actors.current().hasPermission(GridModule.REFERENCE_MANAGE);
  }

  public SignboardView getSignboard() {
    return signboard;
  }

  public void showPatrol(PatrolView row) {
    patrol = faces.attempt(() -> patrols.find(row.id()));
    sketch = drawSketch();
  }

  public TrackSketch getSketch() {
    return sketch;
  }

  private TrackSketch drawSketch() {
    if (patrol == null || selected == null) {
      return null;
    }
    List<double[]> line =
        RoadLine.parse(selected.geometry()).positions().stream()
            .map(p -> new double[] {p.latitude(), p.longitude()})
            .toList();
    List<double[]> track =
        new java.util.ArrayList<>(
            List.of(new double[] {patrol.startLatitude(), patrol.startLongitude()}));
    patrol.track().forEach(p -> track.add(new double[] {p.latitude(), p.longitude()}));
    return TrackSketch.of(line, track);
  }

  public void startCreate() {
    editId = null;
    editVersion = 0;
    code = null;
    name = null;
    fromPlace = null;
    toPlace = null;
    streetUnit = null;
    gridCode = null;
    geometry = null;
    signPhone = null;
  }

  public void startEdit() {
    if (selected == null) {
      return;
    }
    editId = selected.id();
    editVersion = selected.version();
    code = selected.code();
    name = selected.name();
    fromPlace = selected.fromPlace();
    toPlace = selected.toPlace();
    streetUnit = selected.streetUnit();
    gridCode = selected.gridCode();
    geometry = selected.geometry();
    signPhone = selected.signPhone();
  }

  public void save() {
    RoadDraft draft =
        new RoadDraft(code, name, fromPlace, toPlace, streetUnit, gridCode, geometry, signPhone);
    RoadView saved =
        faces.attempt(
            () -> editId == null ? roads.create(draft) : roads.update(editId, editVersion, draft));
    if (saved != null) {
      faces.info("grid.road.ui.saved", saved.code());
      selected = saved;
      refresh();
      PrimeFaces.current().executeScript("PF('segmentDialog').hide()");
    }
  }

  public void toggleActive() {
    if (selected != null
        && faces.attempt(() -> roads.activate(selected.id(), !selected.active())) != null) {
      refresh();
    }
  }

  public void startAppoint() {
    chiefId = null;
    chiefVersion = 0;
    tier = ChiefTier.DAILY_PATROL.name();
    chiefName = null;
    chiefUsername = null;
    chiefUnit = selected == null ? null : selected.streetUnit();
    chiefPhone = null;
  }

  public void startChiefEdit(ChiefView chief) {
    chiefId = chief.id();
    chiefVersion = chief.version();
    tier = chief.tier();
    chiefName = chief.name();
    chiefUsername = chief.username();
    chiefUnit = chief.unitCode();
    chiefPhone = chief.phone();
  }

  public void saveChief() {
    ChiefDraft draft = new ChiefDraft(tier, chiefName, chiefUsername, chiefUnit, chiefPhone);
    ChiefView saved =
        faces.attempt(
            () ->
                chiefId == null
                    ? roads.appoint(selected.id(), draft)
                    : roads.changeChief(chiefId, chiefVersion, draft));
    if (saved != null) {
      faces.info("grid.road.ui.chief-saved", saved.name());
      refresh();
      PrimeFaces.current().executeScript("PF('chiefDialog').hide()");
    }
  }

  public void removeChief(ChiefView chief) {
    if (faces.attempt(() -> roads.removeChief(chief.id()))) {
      faces.info("grid.road.ui.chief-removed", chief.name());
      refresh();
    }
  }

  public List<ChiefTier> getTiers() {
    return List.of(ChiefTier.values());
  }

  public List<RoadView> getSegments() {
    return segments;
  }

  public RoadView getSelected() {
    return selected;
  }

  public List<PatrolView> getSelectedPatrols() {
    return selectedPatrols;
  }

  public PatrolView getPatrol() {
    return patrol;
  }

  public int getSketchWidth() {
    return TrackSketch.WIDTH;
  }

  public int getSketchHeight() {
    return TrackSketch.HEIGHT;
  }

  public String getFilterText() {
    return filterText;
  }

  public void setFilterText(String filterText) {
    this.filterText = filterText;
  }

  public boolean isShowRetired() {
    return showRetired;
  }

  public void setShowRetired(boolean showRetired) {
    this.showRetired = showRetired;
  }

  public boolean isCreating() {
    return editId == null;
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

  public String getFromPlace() {
    return fromPlace;
  }

  public void setFromPlace(String fromPlace) {
    this.fromPlace = fromPlace;
  }

  public String getToPlace() {
    return toPlace;
  }

  public void setToPlace(String toPlace) {
    this.toPlace = toPlace;
  }

  public String getStreetUnit() {
    return streetUnit;
  }

  public void setStreetUnit(String streetUnit) {
    this.streetUnit = streetUnit;
  }

  public String getGridCode() {
    return gridCode;
  }

  public void setGridCode(String gridCode) {
    this.gridCode = gridCode;
  }

  public String getGeometry() {
    return geometry;
  }

  public void setGeometry(String geometry) {
    this.geometry = geometry;
  }

  public String getSignPhone() {
    return signPhone;
  }

  public void setSignPhone(String signPhone) {
    this.signPhone = signPhone;
  }

  public String getTier() {
    return tier;
  }

  public void setTier(String tier) {
    this.tier = tier;
  }

  public String getChiefName() {
    return chiefName;
  }

  public void setChiefName(String chiefName) {
    this.chiefName = chiefName;
  }

  public String getChiefUsername() {
    return chiefUsername;
  }

  public void setChiefUsername(String chiefUsername) {
    this.chiefUsername = chiefUsername;
  }

  public String getChiefUnit() {
    return chiefUnit;
  }

  public void setChiefUnit(String chiefUnit) {
    this.chiefUnit = chiefUnit;
  }

  public String getChiefPhone() {
    return chiefPhone;
  }

  public void setChiefPhone(String chiefPhone) {
    this.chiefPhone = chiefPhone;
  }
}
