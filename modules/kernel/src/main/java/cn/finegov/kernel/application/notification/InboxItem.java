package cn.finegov.kernel.application.notification;

import cn.finegov.kernel.domain.model.notification.Notification;
import java.io.Serializable;
import java.time.Instant;

/**
 * An entry of a person's inbox.
 *
 * @param id identifier
 * @param category category key
 * @param categoryNameKey bundle key of the category's name
 * @param subject subject
 * @param body body, or {@code null}
 * @param link path of the thing it is about inside the application, or {@code null}
 * @param sender who sent it (login name or system flow)
 * @param createdAt when
 * @param read whether it was read
 */
public record InboxItem(
    long id,
    String category,
    String categoryNameKey,
    String subject,
    String body,
    String link,
    String sender,
    Instant createdAt,
    boolean read)
    implements Serializable {

  static InboxItem of(Notification notification) {
    return new InboxItem(
        notification.id(),
        notification.category(),
        "notification.category." + notification.category(),
        notification.subject(),
        notification.body(),
        notification.link(),
        notification.sender(),
        notification.createdAt(),
        notification.isRead());
  }
}
