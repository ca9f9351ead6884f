package cn.finegov.grid.application.open311;

/**
 * The filters of {@code GET requests}, as received.
 *
 * @param serviceRequestIds comma-separated case numbers
 * @param serviceCodes comma-separated service codes
 * @param startDate ISO 8601 date and time with offset, e.g. {@code 2026-03-02T08:00:00+08:00}
 * @param endDate likewise
 * @param status comma-separated {@code open}, {@code closed}
 */
public record RequestQuery(
    String serviceRequestIds,
    String serviceCodes,
    String startDate,
    String endDate,
    String status) {}
