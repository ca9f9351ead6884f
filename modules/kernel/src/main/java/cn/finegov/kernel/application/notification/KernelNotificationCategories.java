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

  /**
   * The audit chain did not verify: goes to everybody who verifies the chain for the whole tree
   * (the audit administrators), in the inbox and by e-mail.
   */
  public static final String AUDIT_CHAIN_BROKEN = "kernel.audit-chain-broken";

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
        NotificationCategory.inApp(DELIVERY_FAILED, "notification.category.kernel.delivery-failed"),
        new NotificationCategory(
            AUDIT_CHAIN_BROKEN,
            "notification.category.kernel.audit-chain-broken",
            Set.of(NotificationChannel.IN_APP, NotificationChannel.EMAIL),
            true));
  }
}
