package cn.finegov.grid.application.gridcase;

import cn.finegov.grid.domain.model.gridcase.CaseSource;

/**
 * A report as it arrives (screen, mobile app, Open311, hotline).
 *
 * @param source where it comes from
 * @param category qualified category code, e.g. {@code E0101}
 * @param latitude WGS84 degrees
 * @param longitude WGS84 degrees
 * @param gridCode the unit grid, if the reporter chose one (else found from the place)
 * @param address where, in words
 * @param description what
 * @param simple a simple case the reporter may close on the spot
 * @param clientId the app's id of this report: a retry with the same id returns the first case
 * @param contactName a public reporter's name (personal data)
 * @param contactPhone a public reporter's phone (personal data)
 * @param contactEmail a public reporter's e-mail (personal data)
 */
public record NewCase(
    CaseSource source,
    String category,
    Double latitude,
    Double longitude,
    String gridCode,
    String address,
    String description,
    boolean simple,
    String clientId,
    String contactName,
    String contactPhone,
    String contactEmail) {}
