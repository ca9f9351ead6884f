package cn.finegov.grid.application.map;

import java.io.Serializable;

/**
 * An open case on the map.
 *
 * @param number the case number
 * @param state the state's name
 * @param stateLabel the state in the reader's language
 * @param category the minor category's code and name
 * @param latitude where it is
 * @param longitude where it is
 * @param gridCode the unit grid it lies in
 */
public record CaseMarker(
    String number,
    String state,
    String stateLabel,
    String category,
    double latitude,
    double longitude,
    String gridCode)
    implements Serializable {}
