package cn.finegov.grid.interfaces.web.road;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;

/**
 * A small SVG drawing of a segment's line and a patrol's track, for screens without a map: both
 * projected into the same box (equirectangular, north up), the segment grey, the track blue.
 *
 * @param segmentPath SVG path data of the segment
 * @param trackPath SVG path data of the track (empty when there are no points)
 * @param start the start point {x, y}
 */
public record TrackSketch(String segmentPath, String trackPath, double[] start)
    implements Serializable {

  public static final int WIDTH = 480;
  public static final int HEIGHT = 240;
  private static final int MARGIN = 12;

  /** Draws {@code segment} and {@code track}, each a list of {latitude, longitude}. */
  public static TrackSketch of(List<double[]> segment, List<double[]> track) {
    List<double[]> all = new ArrayList<>(segment);
    all.addAll(track);
    // Nothing to draw leaves both paths empty; the box then does not matter.
    DoubleSummaryStatistics lat = all.stream().mapToDouble(p -> p[0]).summaryStatistics();
    DoubleSummaryStatistics lon = all.stream().mapToDouble(p -> p[1]).summaryStatistics();
    double minLat = all.isEmpty() ? 0 : lat.getMin();
    double maxLat = all.isEmpty() ? 0 : lat.getMax();
    double minLon = all.isEmpty() ? 0 : lon.getMin();
    double maxLon = all.isEmpty() ? 0 : lon.getMax();
    double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
    double width = Math.max((maxLon - minLon) * cos, 1e-9);
    double height = Math.max(maxLat - minLat, 1e-9);
    double scale = Math.min((WIDTH - 2 * MARGIN) / width, (HEIGHT - 2 * MARGIN) / height);
    Projection projection = new Projection(minLat, maxLat, minLon, cos, scale);
    return new TrackSketch(
        path(segment, projection),
        path(track, projection),
        track.isEmpty() ? null : projection.apply(track.get(0)));
  }

  private record Projection(double minLat, double maxLat, double minLon, double cos, double scale) {
    double[] apply(double[] point) {
      return new double[] {
        MARGIN + (point[1] - minLon) * cos * scale, MARGIN + (maxLat - point[0]) * scale
      };
    }
  }

  private static String path(List<double[]> points, Projection projection) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      double[] xy = projection.apply(points.get(i));
      path.append(i == 0 ? "M" : " L")
          .append(String.format(Locale.ROOT, "%.1f %.1f", xy[0], xy[1]));
    }
    return path.toString();
  }

  public double startX() {
    return start == null ? -10 : start[0];
  }

  public double startY() {
    return start == null ? -10 : start[1];
  }
}
