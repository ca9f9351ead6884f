package cn.finegov.grid;

import cn.finegov.grid.application.road.PatrolService;
import cn.finegov.grid.application.setup.GridData;
import cn.finegov.grid.domain.model.gridcase.CaseDuty;
import cn.finegov.kernel.api.module.DashboardWidget;
import cn.finegov.kernel.api.module.GovernanceModule;
import cn.finegov.kernel.api.module.MenuEntry;
import cn.finegov.kernel.api.module.ModuleData;
import cn.finegov.kernel.api.module.ModuleSchema;
import cn.finegov.kernel.api.module.PermissionDefinition;
import cn.finegov.kernel.api.module.SettingDefinition;
import cn.finegov.kernel.api.notification.NotificationCategories;
import cn.finegov.kernel.api.notification.NotificationCategory;
import cn.finegov.kernel.api.security.Duty;
import cn.finegov.kernel.api.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The grid module (网格化管理 / 数字城管): grids, road chiefs, components, categories and the case workflow.
 * Its permissions, default grants, settings, menu, widgets and notices are declared here.
 */
@ApplicationScoped
public class GridModule implements GovernanceModule, NotificationCategories {

  public static final String KEY = "grid";

  /** Read cases within the own unit and below (leaders, observers, every case role). */
  public static final String CASE_READ = "grid.case.read";

  /** Read grids, roads, components and categories. */
  public static final String REFERENCE_READ = "grid.reference.read";

  /** Edit and import grids, roads, components, categories and routing rules. */
  public static final String REFERENCE_MANAGE = "grid.reference.manage";

  /** Radius of the duplicate check at intake, in metres. */
  public static final String DUPLICATE_RADIUS = "duplicate.radius-metres";

  /** Window of the duplicate check at intake, in days. */
  public static final String DUPLICATE_DAYS = "duplicate.window-days";

  /** A case at a place where the same category was closed within this many days is a recurrence. */
  public static final String RECURRENCE_DAYS = "duplicate.recurrence-days";

  /** Share of a stage's time limit after which its light turns yellow, in per cent. */
  public static final String WARN_AT_PERCENT = "deadline.warn-at-percent";

  /** The regional calendar the case deadlines are counted in (blank: the national one). */
  public static final String CALENDAR_REGION = "deadline.calendar-region";

  /**
   * How many case numbers this server reserves from a district's counter at once (1: every report
   * updates the counter and numbers are consecutive).
   */
  public static final String CASE_NUMBER_BLOCK = "case.number-block";

  /** District code used in case numbers when a case lies in no known grid. */
  public static final String DEFAULT_DISTRICT = "case.default-district";

  /** Unit code of the supervising unit that hears of breached deadlines (blank: dispatchers). */
  public static final String SUPERVISING_UNIT = "case.supervising-unit";

  /** Tile layer URL of the maps (an intranet tile server); blank shows outlines only. */
  public static final String MAP_TILE_URL = "map.tile-url";

  /** Where the maps open: "latitude,longitude,zoom". */
  public static final String MAP_CENTRE = "map.centre";

  /** A case was dispatched (or arbitrated) to the unit. */
  public static final String NOTICE_ASSIGNED = "grid.case-assigned";

  /** A case waits for the notified duty (filing, dispatch, verification, a decision). */
  public static final String NOTICE_WAITING = "grid.case-waiting";

  /** A stage deadline of a case was breached. */
  public static final String NOTICE_OVERDUE = "grid.case-overdue";

  @Inject GridData data;

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String nameKey() {
    return "module.grid";
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public List<String> bundleBaseNames() {
    return List.of("cn.finegov.grid.messages");
  }

  @Override
  public List<PermissionDefinition> permissions() {
    List<PermissionDefinition> all = new ArrayList<>();
    for (CaseDuty duty : CaseDuty.values()) {
      all.add(business(duty.permission()));
    }
    all.add(business(CASE_READ));
    all.add(business(REFERENCE_READ));
    all.add(business(REFERENCE_MANAGE));
    return all;
  }

  private static PermissionDefinition business(String key) {
    return new PermissionDefinition(key, "permission." + key, Duty.BUSINESS);
  }

  @Override
  public Map<String, Set<String>> defaultGrants() {
    return Map.of(
        Roles.LEADER, Set.of(CASE_READ, REFERENCE_READ),
        Roles.OBSERVER, Set.of(CASE_READ, REFERENCE_READ),
        Roles.MODULE_ADMIN, Set.of(CASE_READ, REFERENCE_READ, REFERENCE_MANAGE),
        Roles.SUPERVISION_CLERK, grants(CaseDuty.REPORT, CaseDuty.ACCEPT, CaseDuty.VERIFY),
        Roles.DISPATCHER, grants(CaseDuty.DISPATCH),
        Roles.DEPARTMENT_HANDLER, grants(CaseDuty.HANDLE),
        Roles.GRID_WORKER, grants(CaseDuty.REPORT, CaseDuty.VERIFY));
  }

  private static Set<String> grants(CaseDuty... duties) {
    List<String> keys = new ArrayList<>(List.of(CASE_READ, REFERENCE_READ));
    Arrays.stream(duties).map(CaseDuty::permission).forEach(keys::add);
    return Set.copyOf(keys);
  }

  @Override
  public List<SettingDefinition> settings() {
    return List.of(
        SettingDefinition.integer(DUPLICATE_RADIUS, 50, 1, 5000).managedBy(REFERENCE_MANAGE),
        SettingDefinition.integer(DUPLICATE_DAYS, 7, 1, 365).managedBy(REFERENCE_MANAGE),
        SettingDefinition.integer(RECURRENCE_DAYS, 30, 0, 3650).managedBy(REFERENCE_MANAGE),
        SettingDefinition.integer(WARN_AT_PERCENT, 80, 1, 99).managedBy(REFERENCE_MANAGE),
        SettingDefinition.text(CALENDAR_REGION, "").managedBy(REFERENCE_MANAGE),
        SettingDefinition.text(DEFAULT_DISTRICT, "990102").managedBy(REFERENCE_MANAGE),
        SettingDefinition.integer(CASE_NUMBER_BLOCK, 10, 1, 1000).managedBy(REFERENCE_MANAGE),
        SettingDefinition.text(SUPERVISING_UNIT, "").managedBy(REFERENCE_MANAGE),
        SettingDefinition.text(MAP_TILE_URL, "").managedBy(REFERENCE_MANAGE),
        SettingDefinition.text(MAP_CENTRE, "30.2741,120.1551,13").managedBy(REFERENCE_MANAGE),
        SettingDefinition.integer(PatrolService.MAX_DISTANCE, 300, 1, 5000)
            .managedBy(REFERENCE_MANAGE),
        SettingDefinition.integer(PatrolService.MAX_OPEN_HOURS, 12, 1, 72)
            .managedBy(REFERENCE_MANAGE));
  }

  @Override
  public List<NotificationCategory> categories() {
    return List.of(
        NotificationCategory.inApp(NOTICE_ASSIGNED, "notification." + NOTICE_ASSIGNED),
        NotificationCategory.inApp(NOTICE_WAITING, "notification." + NOTICE_WAITING),
        NotificationCategory.inApp(NOTICE_OVERDUE, "notification." + NOTICE_OVERDUE));
  }

  @Override
  public List<MenuEntry> menuEntries() {
    return List.of(
        menu("grid-inbox", "inbox", "pi pi-inbox", CASE_READ, 10),
        menu("grid-report", "report", "pi pi-plus-circle", CaseDuty.REPORT.permission(), 20),
        menu("grid-map", "map", "pi pi-map", CASE_READ, 30),
        menu("grid-grids", "grids", "pi pi-th-large", REFERENCE_READ, 40),
        menu("grid-roads", "roads", "pi pi-directions", REFERENCE_READ, 50),
        menu("grid-components", "components", "pi pi-box", REFERENCE_READ, 60),
        menu("grid-categories", "categories", "pi pi-list", REFERENCE_READ, 70));
  }

  private static MenuEntry menu(String id, String view, String icon, String permission, int order) {
    return new MenuEntry(
        id, "menu.grid." + view, "/grid/" + view + ".xhtml", icon, Set.of(permission), order);
  }

  @Override
  public List<DashboardWidget> dashboardWidgets() {
    return List.of(
        widget("grid-cases-open", "grid.widget.open.title", "open-cases", 10),
        widget("grid-cases-overdue", "grid.widget.overdue.title", "overdue-cases", 20),
        widget("grid-cases-closed-today", "grid.widget.closed.title", "closed-today", 30),
        widget("grid-hotspots", "grid.map.hotspots", "hotspots", 40),
        widget("grid-cases-by-category", "grid.widget.category.title", "by-category", 50));
  }

  private static DashboardWidget widget(String id, String titleKey, String view, int order) {
    return new DashboardWidget(
        id, titleKey, "/grid/widgets/" + view + ".xhtml", Set.of(CASE_READ), order);
  }

  @Override
  public Optional<ModuleData> data() {
    return Optional.of(data);
  }

  @Override
  public Optional<ModuleSchema> schema() {
    return Optional.of(new ModuleSchema("db/migration/grid", "grd_"));
  }
}
