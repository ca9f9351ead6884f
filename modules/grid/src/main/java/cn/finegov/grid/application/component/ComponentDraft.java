package cn.finegov.grid.application.component;

/**
 * A component as a client sends it (REST, screen, import row).
 *
 * @param componentId the 16-digit id; when blank on creation, the next free one of {@code district}
 *     and {@code category} is given
 * @param category minor category, {@code 0101} or {@code C0101} (creating without an id only; an id
 *     carries its category)
 * @param district 6-digit district code (creating without an id only; default: the unit grid's)
 * @param name the component's name, e.g. 上水井盖
 * @param competentUnit unit code of the competent department (主管部门)
 * @param ownerName owner (权属单位), as written
 * @param maintainerName maintainer (养护单位), as written
 * @param gridCode unit grid code, optional (found from the place when the grids know it)
 * @param latitude WGS84 latitude
 * @param longitude WGS84 longitude
 * @param state {@code INTACT}, {@code DAMAGED}, {@code MISSING}, {@code OCCUPIED} (or 完好, 破损, 丢失,
 *     占用)
 * @param note free text
 * @param active in use (default true)
 */
public record ComponentDraft(
    String componentId,
    String category,
    String district,
    String name,
    String competentUnit,
    String ownerName,
    String maintainerName,
    String gridCode,
    Double latitude,
    Double longitude,
    String state,
    String note,
    Boolean active) {}
