package cn.finegov.grid.application.map;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What the map shows.
 *
 * @param grids every active grid as a GeoJSON FeatureCollection; unit grids in the reader's scope
 *     carry {@code openCases}
 * @param openCases open cases per unit grid code, in the reader's scope
 * @param cases open cases in the reader's scope, newest first, at most {@link
 *     GridMapService#MAX_MARKERS}
 * @param tileUrl the tile layer's URL template, blank for none
 * @param latitude where the map opens
 * @param longitude where the map opens
 * @param zoom the zoom it opens at
 */
public record MapData(
    String grids,
    Map<String, Long> openCases,
    List<CaseMarker> cases,
    String tileUrl,
    double latitude,
    double longitude,
    int zoom)
    implements Serializable {}
