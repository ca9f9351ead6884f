package cn.finegov.grid.interfaces.web.map;

import cn.finegov.grid.application.map.GridMapService;
import cn.finegov.grid.application.map.Hotspot;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The dashboard card of the unit grids with the most open cases (widget {@code grid-hotspots}). */
@Named("gridHotspots")
@RequestScoped
public class GridHotspotWidget {

  /** Grids listed on the card. */
  static final int SHOWN = 5;

  @Inject private GridMapService maps;

  private List<Hotspot> hotspots;

  public List<Hotspot> getHotspots() {
    if (hotspots == null) {
      hotspots = maps.hotspots(SHOWN);
    }
    return hotspots;
  }
}
