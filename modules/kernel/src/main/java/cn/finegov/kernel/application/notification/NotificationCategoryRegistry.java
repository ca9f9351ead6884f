package cn.finegov.kernel.application.notification;

import cn.finegov.kernel.api.notification.NotificationCategories;
import cn.finegov.kernel.api.notification.NotificationCategory;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** The notification categories of the installed modules. */
@ApplicationScoped
public class NotificationCategoryRegistry {

  private static final Logger LOG = Logger.getLogger(NotificationCategoryRegistry.class.getName());

  @Inject @Any private Instance<NotificationCategories> declared;

  private final Map<String, NotificationCategory> byKey = new LinkedHashMap<>();

  @PostConstruct
  void collect() {
    List<NotificationCategory> all = new ArrayList<>();
    declared.forEach(categories -> all.addAll(categories.categories()));
    all.sort(
        Comparator.comparing((NotificationCategory c) -> !c.key().startsWith("kernel."))
            .thenComparing(NotificationCategory::key));
    for (NotificationCategory category : all) {
      if (byKey.putIfAbsent(category.key(), category) != null) {
        LOG.warning(() -> "Notification category declared twice: " + category.key());
      }
    }
  }

  public Optional<NotificationCategory> find(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The category; refused when no installed module declares it. */
  public NotificationCategory require(String key) {
    return find(key)
        .orElseThrow(() -> new IllegalArgumentException("undeclared notification category " + key));
  }

  /** All categories, the kernel's first, then by key. */
  public List<NotificationCategory> all() {
    return List.copyOf(byKey.values());
  }
}
