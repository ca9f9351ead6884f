package cn.finegov.grid.application.road;

/**
 * A road segment as a client sends it.
 *
 * @param code segment code (creating only): letters, digits, {@code -} and {@code _}, ≤ 32
 * @param name road name as the signboard shows it
 * @param fromPlace where the segment starts (a crossing, a house number)
 * @param toPlace where it ends
 * @param streetUnit code of the street (organisation unit) the segment belongs to
 * @param gridCode unit grid code (14 or 15 digits), optional
 * @param geometry GeoJSON LineString of {@code [longitude, latitude]} positions
 * @param signPhone the public phone on the signboard, optional
 */
public record RoadDraft(
    String code,
    String name,
    String fromPlace,
    String toPlace,
    String streetUnit,
    String gridCode,
    String geometry,
    String signPhone) {}
