package cn.finegov.kernel.domain.model.notification;

import java.util.List;
import java.util.Optional;

/** Stores and finds notifications (inbox entries). */
public interface NotificationRepository {

  Optional<Notification> find(long id);

  /** Persists a new notification (and assigns its identifier). */
  Notification store(Notification notification);

  /** A page of a person's inbox, newest first; only unread ones when {@code unreadOnly}. */
  List<Notification> inbox(String recipient, boolean unreadOnly, int first, int max);

  /** Number of entries in a person's inbox; only unread ones when {@code unreadOnly}. */
  long countInbox(String recipient, boolean unreadOnly);

  /**
   * Marks every unread entry of a person's inbox read.
   *
   * @return how many
   */
  int markAllRead(String recipient, java.time.Instant now);
}
