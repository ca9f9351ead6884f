package cn.finegov.kernel.api.lineage;

import java.time.Instant;

/**
 * One recorded link: {@code target} came from {@code source}.
 *
 * @param id the link's identifier
 * @param source the earlier record
 * @param target the record derived from it
 * @param relation what kind of derivation, e.g. {@code CASE_FROM_TICKET}
 * @param createdBy who (or which flow) recorded it
 * @param createdAt when
 */
public record LinkView(
    long id,
    EntityRef source,
    EntityRef target,
    String relation,
    String createdBy,
    Instant createdAt) {}
