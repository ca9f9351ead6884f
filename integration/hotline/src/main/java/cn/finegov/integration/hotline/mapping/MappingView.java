package cn.finegov.integration.hotline.mapping;

import java.time.Instant;

/**
 * A line of the category mapping as screens and the API show it.
 *
 * @param code the hotline's category code (flbm)
 * @param name its name
 * @param disposition what becomes of its tickets
 * @param gridCategory the grid category for cases, or {@code null}
 * @param gridCategoryName that category's name, or {@code null} when it is unknown or inactive
 * @param active whether the line is in use (tickets of an inactive line become dead letters)
 * @param updatedAt when it was last changed
 * @param updatedBy by whom
 * @param version the version, to name when changing it
 */
public record MappingView(
    String code,
    String name,
    Disposition disposition,
    String gridCategory,
    String gridCategoryName,
    boolean active,
    Instant updatedAt,
    String updatedBy,
    long version) {}
