package cn.finegov.kernel.application.notification;

import cn.finegov.kernel.api.notification.NotificationCategories;
import cn.finegov.kernel.api.notification.NotificationCategory;
import cn.finegov.kernel.api.notification.NotificationChannel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The kernel's own categories: notices of administrators, and failed deliveries. */
@ApplicationScoped
public class KernelNotificationCategories implements NotificationCategories {

  /** A notice an administrator sends (always in the inbox). */
  public static final String NOTICE = "kernel.notice";

  /** A delivery was given up; goes to the delivery monitors of the recipient's unit. */
  public static final String DELIVERY_FAILED = "kernel.delivery-failed";

  @Override
  public List<NotificationCategory> categories() {
    return List.of(
        new NotificationCategory(
            NOTICE,
            "notification.category.kernel.notice",
            Set.of(NotificationChannel.IN_APP),
            true),
        NotificationCategory.inApp(
            DELIVERY_FAILED, "notification.category.kernel.delivery-failed"));
  }
}
