package cn.finegov.integration.hotline.mapping;

/**
 * A line of the category mapping as an editor sends it.
 *
 * @param code the hotline's category code (flbm), 1..20 letters or digits
 * @param name its name
 * @param disposition what becomes of its tickets
 * @param gridCategory the grid category ({@code C0109}, {@code E0401}), required for {@code CASE}
 * @param active whether the line is in use
 * @param version the version the editor saw, {@code null} for a new line
 */
public record MappingDraft(
    String code,
    String name,
    Disposition disposition,
    String gridCategory,
    boolean active,
    Long version) {}
