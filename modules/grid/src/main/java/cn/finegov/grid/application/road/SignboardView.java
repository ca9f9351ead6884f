package cn.finegov.grid.application.road;

import java.io.Serializable;
import java.util.List;

/**
 * What the public signboard of a segment (路长公示牌) shows: the road, its extent, each chief's name and
 * tier, and the public phone. Chiefs' own phones are never on it.
 */
public record SignboardView(
    String code,
    String roadName,
    String fromPlace,
    String toPlace,
    double lengthMetres,
    String streetUnitName,
    List<Chief> chiefs,
    String publicPhone)
    implements Serializable {

  /** A chief on the signboard. */
  public record Chief(String tier, String name, String unitName) implements Serializable {}
}
