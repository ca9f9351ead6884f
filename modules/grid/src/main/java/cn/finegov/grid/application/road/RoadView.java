package cn.finegov.grid.application.road;

import java.io.Serializable;
import java.util.List;

/** A road segment with its chiefs, as a reader sees it. */
public record RoadView(
    long id,
    long version,
    String code,
    String name,
    String fromPlace,
    String toPlace,
    String streetUnit,
    String streetUnitName,
    String gridCode,
    String geometry,
    double lengthMetres,
    String signPhone,
    boolean active,
    List<ChiefView> chiefs)
    implements Serializable {

  /** The chiefs' names on one line, tier by tier. */
  public String chiefNames() {
    return String.join("、", chiefs.stream().map(ChiefView::name).toList());
  }
}
