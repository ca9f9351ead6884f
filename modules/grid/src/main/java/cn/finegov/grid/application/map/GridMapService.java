package cn.finegov.grid.application.map;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.application.grid.GridTreeService;
import cn.finegov.grid.application.grid.GridView;
import cn.finegov.grid.domain.model.category.CaseKind;
import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.gridcase.CaseState;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.text.JsonTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The map's data: every active grid's outline (reference data, shown to every reader), and for the
 * unit grids whose owning unit lies in the reader's scope, the number of open cases ({@link
 * CaseState#open()}) and the open cases themselves. Cases need {@code grid.case.read}; without it
 * the map shows outlines only.
 */
@ApplicationScoped
@Transactional
public class GridMapService {

  /** Most case markers on one map. */
  public static final int MAX_MARKERS = 1_000;

  @PersistenceContext(unitName = "grid")
  private EntityManager em;

  @Inject GridTreeService tree;
  @Inject ActorContext actors;
  @Inject OrganisationDirectory organisation;
  @Inject ModuleSettings settings;
  @Inject MessageSource messages;

  /** The open states, as the case lifecycle defines them. */
  static List<CaseState> openStates() {
    return Arrays.stream(CaseState.values()).filter(CaseState::open).toList();
  }

  public MapData map(Locale locale) {
    Actor actor =
        actors.requirePermission(
            GridModule.CASE_READ, GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE);
    List<GridView> grids = tree.list(null, null).stream().filter(GridView::active).toList();
    Set<String> inScope = gridsInScope(actor, grids);
    Map<String, Long> counts = new TreeMap<>();
    List<CaseMarker> markers = new ArrayList<>();
    if (actor.hasPermission(GridModule.CASE_READ) && !inScope.isEmpty()) {
      counts.putAll(openCounts(inScope));
      markers.addAll(openCases(inScope, locale));
    }
    JsonArrayBuilder features = JsonTexts.array();
    for (GridView grid : grids) {
      if (grid.outline() == null) {
        continue;
      }
      JsonObject feature = GridTreeService.feature(grid);
      JsonObjectBuilder properties =
          JsonTexts.object(feature.getJsonObject("properties"))
              .add("inScope", inScope.contains(grid.code()))
              .add("openCases", counts.getOrDefault(grid.code(), 0L));
      features.add(JsonTexts.object(feature).add("properties", properties));
    }
    String collection =
        JsonTexts.object()
            .add("type", "FeatureCollection")
            .add("features", features)
            .build()
            .toString();
    double[] centre = centre();
    return new MapData(
        collection,
        counts,
        markers,
        Optional.ofNullable(settings.get(GridModule.KEY, GridModule.MAP_TILE_URL))
            .orElse("")
            .strip(),
        centre[0],
        centre[1],
        (int) centre[2]);
  }

  /**
   * The unit grids of the actor's scope with the most open cases, most first; empty without {@code
   * grid.case.read}.
   */
  public List<Hotspot> hotspots(int limit) {
    Actor actor = actors.requirePermission(GridModule.CASE_READ);
    List<GridView> grids = tree.list(null, "UNIT").stream().filter(GridView::active).toList();
    Set<String> inScope = gridsInScope(actor, grids);
    if (inScope.isEmpty()) {
      return List.of();
    }
    Map<String, Long> counts = openCounts(inScope);
    Map<String, String> names =
        grids.stream().collect(Collectors.toMap(GridView::code, GridView::name));
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> new Hotspot(e.getKey(), names.getOrDefault(e.getKey(), ""), e.getValue()))
        .toList();
  }

  /** The unit grids whose owning unit lies in the actor's scope. */
  private Set<String> gridsInScope(Actor actor, List<GridView> grids) {
    Map<String, Boolean> units = new HashMap<>();
    return grids.stream()
        .filter(grid -> "UNIT".equals(grid.level()))
        .filter(
            grid ->
                units.computeIfAbsent(
                    grid.unitCode(),
                    code ->
                        organisation
                            .findByCode(code)
                            .map(UnitSummary::path)
                            .map(path -> actor.scope().covers(path))
                            .orElse(actor.scope().everything())))
        .map(GridView::code)
        .collect(Collectors.toSet());
  }

  private Map<String, Long> openCounts(Set<String> grids) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Object[] row :
        em.createQuery(
                "select c.grid.value, count(c) from GridCase c where c.state in :open"
                    + " and c.grid.value in :grids group by c.grid.value",
                Object[].class)
            .setParameter("open", openStates())
            .setParameter("grids", grids)
            .getResultList()) {
      counts.put((String) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  private List<CaseMarker> openCases(Set<String> grids, Locale locale) {
    Map<String, String> categoryNames = new HashMap<>();
    boolean english = MessageSource.ENGLISH.getLanguage().equals(locale.getLanguage());
    for (Object[] row :
        em.createQuery(
                "select k.code.kind, k.code.code, k.name, k.nameEn from Category k", Object[].class)
            .getResultList()) {
      String name = english && row[3] != null ? (String) row[3] : (String) row[2];
      categoryNames.put(row[0] + ":" + row[1], name);
    }
    List<CaseMarker> markers = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select c.number.value, c.state, c.category.kind, c.category.code,"
                    + " c.place.latitude, c.place.longitude, c.grid.value from GridCase c"
                    + " where c.state in :open and c.grid.value in :grids"
                    + " order by c.reportedAt desc",
                Object[].class)
            .setParameter("open", openStates())
            .setParameter("grids", grids)
            .setMaxResults(MAX_MARKERS)
            .getResultList()) {
      CaseState state = (CaseState) row[1];
      String code = CategoryCode.of((CaseKind) row[2], String.valueOf(row[3])).qualified();
      String category = categoryNames.getOrDefault(row[2] + ":" + row[3], "");
      markers.add(
          new CaseMarker(
              (String) row[0],
              state.name(),
              messages.get(locale, state.label().key()),
              (category.isEmpty() ? code : code + " " + category),
              ((Number) row[4]).doubleValue(),
              ((Number) row[5]).doubleValue(),
              (String) row[6]));
    }
    return markers;
  }

  /** The setting {@code map.centre}: "latitude,longitude,zoom"; the demo city's when unreadable. */
  double[] centre() {
    String text = settings.get(GridModule.KEY, GridModule.MAP_CENTRE);
    try {
      String[] parts = text.split(",");
      double latitude = Double.parseDouble(parts[0].strip());
      double longitude = Double.parseDouble(parts[1].strip());
      double zoom = parts.length > 2 ? Double.parseDouble(parts[2].strip()) : 13;
      if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 && zoom >= 1 && zoom <= 20) {
        return new double[] {latitude, longitude, zoom};
      }
    } catch (RuntimeException unreadable) {
      // falls through to the default
    }
    return new double[] {30.2741, 120.1551, 13};
  }
}
