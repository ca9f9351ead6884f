package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.application.notification.NotificationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The bell in the top bar: the number of unread notifications, counted once per request. It is
 * refreshed with every page and after inbox actions, never by polling, so that an idle session
 * still times out.
 */
@Named("notificationBell")
@RequestScoped
public class NotificationBellBean {

  @Inject private NotificationService notifications;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      try {
        unread = notifications.unreadCount();
      } catch (RuntimeException e) {
        unread = 0L;
      }
    }
    return unread;
  }

  /** The count as shown: {@code 99+} above 99. */
  public String getDisplay() {
    long count = getUnread();
    return count > 99 ? "99+" : String.valueOf(count);
  }

  /** Forgets the count, so that the next read counts again (after marking read). */
  public void refresh() {
    unread = null;
  }
}
