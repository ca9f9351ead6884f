package cn.finegov.kernel.application.notification;

import java.util.Set;

/**
 * A notice an administrator sends (category {@code kernel.notice}).
 *
 * @param usernames login names of recipients
 * @param permission with {@code unitCode}: also everybody holding this permission for the unit
 * @param unitCode the unit for {@code permission}
 * @param subject subject, required (up to 200 characters)
 * @param body text, optional
 * @param link path inside the application, optional
 */
public record NoticeDraft(
    Set<String> usernames,
    String permission,
    String unitCode,
    String subject,
    String body,
    String link) {

  public NoticeDraft {
    usernames = usernames == null ? Set.of() : Set.copyOf(usernames);
  }
}
