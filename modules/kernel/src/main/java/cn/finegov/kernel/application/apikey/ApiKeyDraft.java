package cn.finegov.kernel.application.apikey;

import java.time.Instant;
import java.util.Set;

/**
 * A key to issue.
 *
 * @param systemName the external system, e.g. {@code 12345热线}
 * @param description what it is for
 * @param permissions what it may do
 * @param unitId the unit whose data it reaches (with everything below), {@code null} for all
 * @param expiresAt end of validity, or {@code null}
 */
public record ApiKeyDraft(
    String systemName,
    String description,
    Set<String> permissions,
    Long unitId,
    Instant expiresAt) {}
