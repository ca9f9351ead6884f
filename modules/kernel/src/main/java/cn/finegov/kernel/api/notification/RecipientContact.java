package cn.finegov.kernel.api.notification;

import java.util.Locale;

/**
 * How to reach a person, from his notification preferences. Personal data: never log it.
 *
 * @param username login name
 * @param displayName name
 * @param email e-mail address, or {@code null}
 * @param mobile mobile number, or {@code null}
 * @param locale language of his notifications
 */
public record RecipientContact(
    String username, String displayName, String email, String mobile, Locale locale) {}
