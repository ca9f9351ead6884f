package cn.finegov.kernel.application.apikey;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * An API key as screens and REST show it; never the secret.
 *
 * @param id identifier
 * @param systemName the external system
 * @param description what it is for
 * @param prefix the public part that names the key in logs and the audit trail
 * @param permissions what it may do
 * @param unitId the unit it is confined to, or {@code null}
 * @param unitName that unit's name, or {@code null}
 * @param createdBy who issued it
 * @param createdAt when
 * @param expiresAt end of validity, or {@code null}
 * @param revokedAt when it was revoked, or {@code null}
 * @param revokedBy by whom, or {@code null}
 * @param lastUsedAt last use (to the minute), or {@code null}
 * @param lastUsedAddress address of that use, or {@code null}
 * @param usable whether it is accepted now
 */
public record ApiKeyView(
    long id,
    String systemName,
    String description,
    String prefix,
    Set<String> permissions,
    Long unitId,
    String unitName,
    String createdBy,
    Instant createdAt,
    Instant expiresAt,
    Instant revokedAt,
    String revokedBy,
    Instant lastUsedAt,
    String lastUsedAddress,
    boolean usable)
    implements Serializable {}
