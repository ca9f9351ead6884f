package cn.finegov.grid.domain.model.open311;

import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.gridcase.CaseState;
import java.time.Instant;

/**
 * What the public may see of a case (Open311 {@code GET requests}): no reporter, no contact, no
 * reasons written by staff.
 *
 * @param number the case number (service_request_id)
 * @param category its category
 * @param state its state
 * @param latitude WGS84
 * @param longitude WGS84
 * @param address where, in words, or {@code null}
 * @param description what was reported
 * @param responsibleUnit code of the unit handling it, or {@code null}
 * @param reportedAt when it was reported
 * @param updatedAt when it last changed
 * @param stageDueAt the running stage's deadline, or {@code null}
 * @param mediaUrl the photo URL sent with an Open311 request, or {@code null}
 */
public record PublicCase(
    String number,
    CategoryCode category,
    CaseState state,
    double latitude,
    double longitude,
    String address,
    String description,
    String responsibleUnit,
    Instant reportedAt,
    Instant updatedAt,
    Instant stageDueAt,
    String mediaUrl) {}
