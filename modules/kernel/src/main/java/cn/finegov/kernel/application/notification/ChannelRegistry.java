package cn.finegov.kernel.application.notification;

import cn.finegov.kernel.api.notification.NotificationChannel;
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
import java.util.Set;

/** The channels plugged in besides the in-app inbox (e-mail, SMS, and those of modules). */
@ApplicationScoped
public class ChannelRegistry {

  @Inject @Any private Instance<NotificationChannel> plugged;

  private final Map<String, NotificationChannel> byKey = new LinkedHashMap<>();

  @PostConstruct
  void collect() {
    List<NotificationChannel> all = new ArrayList<>();
    plugged.forEach(all::add);
    all.sort(
        Comparator.comparingInt(NotificationChannel::order)
            .thenComparing(NotificationChannel::key));
    all.forEach(channel -> byKey.putIfAbsent(channel.key(), channel));
  }

  public Optional<NotificationChannel> find(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  public List<NotificationChannel> all() {
    return List.copyOf(byKey.values());
  }

  /** Keys of the external channels. */
  public Set<String> keys() {
    return Set.copyOf(byKey.keySet());
  }
}
