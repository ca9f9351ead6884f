package cn.finegov.integration.hotline.ticket;

/**
 * What staff give to make a grid case of a ticket by hand.
 *
 * @param gridCode the unit grid (14 or 15 digits), or {@code null} when a point is given or the
 *     ticket has one
 * @param latitude WGS84, or {@code null} (then the ticket's own point, if any)
 * @param longitude WGS84, or {@code null}
 * @param category the grid category ({@code C0109}, {@code E0401}); {@code null}: the mapping's
 */
public record CaseRequest(String gridCode, Double latitude, Double longitude, String category) {}
