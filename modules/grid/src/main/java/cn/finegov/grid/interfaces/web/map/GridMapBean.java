package cn.finegov.grid.interfaces.web.map;

import cn.finegov.grid.application.map.CaseMarker;
import cn.finegov.grid.application.map.GridMapService;
import cn.finegov.grid.application.map.MapData;
import cn.finegov.kernel.api.text.JsonTexts;
import cn.finegov.kernel.interfaces.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;

/**
 * The grid map screen: grids coloured by their open cases, the cases as markers. The data goes into
 * the page as JSON (no second request), read by {@code grid/grid-map.js}.
 */
@Named("gridMap")
@RequestScoped
public class GridMapBean {

  @Inject private GridMapService maps;

  private MapData data;

  @PostConstruct
  void init() {
    data = maps.map(Messages.locale());
  }

  /** The map's data as JSON, safe inside a {@code <script>} element. */
  public String getJson() {
    JsonArrayBuilder cases = JsonTexts.array();
    for (CaseMarker marker : data.cases()) {
      cases.add(
          JsonTexts.object()
              .add("number", marker.number())
              .add("state", marker.state())
              .add("stateLabel", marker.stateLabel())
              .add("category", marker.category())
              .add("lat", marker.latitude())
              .add("lon", marker.longitude())
              .add("grid", marker.gridCode()));
    }
    String json =
        JsonTexts.object()
            .add("tileUrl", data.tileUrl())
            .add("centre", JsonTexts.array().add(data.latitude()).add(data.longitude()))
            .add("zoom", data.zoom())
            .add("grids", JsonTexts.reader(new java.io.StringReader(data.grids())).readObject())
            .add("cases", cases)
            .build()
            .toString();
    // "<" only occurs inside JSON strings, where its escape means the same
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  public MapData getData() {
    return data;
  }

  public long getOpenTotal() {
    return data.openCases().values().stream().mapToLong(Long::longValue).sum();
  }
}
