package cn.finegov.grid.application.map;

import java.io.Serializable;

/**
 * A unit grid with many open cases.
 *
 * @param gridCode its code
 * @param name its name
 * @param openCases its open cases
 */
public record Hotspot(String gridCode, String name, long openCases) implements Serializable {}
