package cn.finegov.grid.interfaces.web.gridcase;

import cn.finegov.grid.application.category.CategoryService;
import cn.finegov.grid.application.category.CategoryView;
import cn.finegov.grid.application.gridcase.CaseDetail;
import cn.finegov.grid.application.gridcase.CaseService;
import cn.finegov.grid.application.gridcase.NewCase;
import cn.finegov.grid.application.map.GridMapService;
import cn.finegov.grid.application.map.MapData;
import cn.finegov.grid.domain.model.gridcase.CaseDuty;
import cn.finegov.grid.domain.model.gridcase.CaseSource;
import cn.finegov.kernel.api.security.ActorContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The new-case form: category, description, address, the place picked on the map (or typed), an
 * optional unit grid, the simple-case flag. The form carries an id of its own, so a double submit
 * (or a retry after a lost answer) makes one case only.
 */
@Named("gridReport")
@ViewScoped
public class CaseReportBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient CaseService cases;
  @Inject private transient CategoryService categories;
  @Inject private transient GridMapService maps;
  @Inject private transient ActorContext actors;
  @Inject private transient CaseScreens screens;

  private String clientId = UUID.randomUUID().toString();
  private String category;
  private String description;
  private String address;
  private boolean simple;
  private Double latitude;
  private Double longitude;
  private String gridCode;

  private CaseDetail reported;
  private Map<String, String> categoryChoices;
  private MapData map;

  /** A category as the form offers it: code, major and minor name in the reader's language. */
  static String label(CategoryView c, Locale locale) {
    String name =
        "en".equals(locale.getLanguage()) && c.nameEn() != null && !c.nameEn().isBlank()
            ? c.nameEn()
            : c.majorName() + " / " + c.name();
    return c.code() + " " + name;
  }

  public Map<String, String> getCategories() {
    if (categoryChoices == null) {
      categoryChoices = new LinkedHashMap<>();
      for (CategoryView c : categories.categories()) {
        if (c.active()) {
          categoryChoices.put(c.code(), label(c, screens.locale()));
        }
      }
    }
    return categoryChoices;
  }

  /** The map's grid outlines, tile layer and centre. */
  public MapData getMap() {
    if (map == null) {
      map = maps.map(screens.locale());
    }
    return map;
  }

  public void submit() {
    CaseService.Reported result =
        screens.attempt(
            () ->
                cases.report(
                    new NewCase(
                        source(),
                        category,
                        latitude,
                        longitude,
                        gridCode,
                        address,
                        description,
                        simple,
                        clientId,
                        null,
                        null,
                        null)),
            Map.of(
                "category", "report:category",
                "place", "report:latitude",
                "gridCode", "report:gridCode",
                "description", "report:description"));
    if (result != null) {
      reported = result.detail();
    }
  }

  /** Clears the form for the next report. */
  public void another() {
    clientId = UUID.randomUUID().toString();
    category = null;
    description = null;
    address = null;
    simple = false;
    latitude = null;
    longitude = null;
    gridCode = null;
    reported = null;
  }

  /** A grid worker's report, else a supervisor's (supervision centre staff). */
  private CaseSource source() {
    return actors.current().hasPermission(CaseDuty.ACCEPT.permission())
        ? CaseSource.SUPERVISOR
        : CaseSource.GRID_WORKER;
  }

  public CaseDetail getReported() {
    return reported;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public boolean isSimple() {
    return simple;
  }

  public void setSimple(boolean simple) {
    this.simple = simple;
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

  public String getGridCode() {
    return gridCode;
  }

  public void setGridCode(String gridCode) {
    this.gridCode = gridCode;
  }
}
