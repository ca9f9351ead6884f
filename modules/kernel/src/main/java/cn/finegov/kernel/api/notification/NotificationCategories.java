package cn.finegov.kernel.api.notification;

import java.util.List;

/**
 * The notification categories of a module: each module that sends notifications registers one CDI
 * bean implementing this; the kernel collects them with {@code @Any Instance}.
 */
public interface NotificationCategories {

  /** The module's categories. */
  List<NotificationCategory> categories();
}
