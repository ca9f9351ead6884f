package cn.finegov.planning.application.participation;

import java.time.LocalDate;

/**
 * A public opinion received.
 *
 * @param channel {@code LETTER}, {@code EMAIL}, {@code PORTAL} or {@code OTHER}
 * @param receivedOn the day it came in (default: today; not in the future); the deadline counts
 *     from it
 * @param unitCode the unit that handles it (default: the caller's)
 */
public record OpinionDraft(
    String channel,
    String subject,
    String content,
    String contactName,
    String contactPhone,
    String contactEmail,
    LocalDate receivedOn,
    String unitCode) {}
