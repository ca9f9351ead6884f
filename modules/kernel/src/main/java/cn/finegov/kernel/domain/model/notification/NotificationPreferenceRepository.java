package cn.finegov.kernel.domain.model.notification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores and finds notification preferences. */
public interface NotificationPreferenceRepository {

  Optional<NotificationPreference> find(String username);

  /** The preferences of these people that exist. */
  List<NotificationPreference> findAll(Collection<String> usernames);

  NotificationPreference store(NotificationPreference preference);
}
