package cn.finegov.grid.api;

/**
 * A problem reported by an external system (the 12345 hotline), to become a case.
 *
 * @param system the source: {@code HOTLINE}
 * @param externalId the system's id (ticket number): the same id again returns the first case
 * @param category the qualified category code, e.g. {@code C0109} or {@code E0401}
 * @param latitude WGS84 degrees, or {@code null} when a grid code is given
 * @param longitude WGS84 degrees, or {@code null} when a grid code is given
 * @param gridCode the unit grid, when known without coordinates
 * @param address where, in words
 * @param description what (no personal data of the reporter)
 */
public record ExternalReport(
    String system,
    String externalId,
    String category,
    Double latitude,
    Double longitude,
    String gridCode,
    String address,
    String description) {}
