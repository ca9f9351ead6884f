package cn.finegov.kernel.application.notification;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.i18n.MessageKey;
import cn.finegov.kernel.api.notification.NotificationCategory;
import cn.finegov.kernel.api.notification.NotificationChannel;
import cn.finegov.kernel.api.notification.RecipientContact;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.domain.model.notification.ChannelChoice;
import cn.finegov.kernel.domain.model.notification.NotificationPreference;
import cn.finegov.kernel.domain.model.notification.NotificationPreferenceRepository;
import cn.finegov.kernel.domain.model.notification.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each person's notification preferences, which only he sees and changes: his e-mail address and
 * mobile number (validated, masked on every screen, never logged; audit entries keep them masked),
 * the language of his notifications, and the channels per category.
 */
@ApplicationScoped
@Transactional
public class NotificationPreferenceService {

  static final String ENTITY = "NotificationPreference";

  @Inject private NotificationPreferenceRepository preferences;
  @Inject private NotificationCategoryRegistry categories;
  @Inject private ChannelRegistry channels;
  @Inject private ActorContext actors;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** The current person's preferences. */
  @Transactional(TxType.SUPPORTS)
  public PreferencesView mine() {
    Actor me = person();
    return view(load(me));
  }

  /** Changes the current person's preferences; every invalid value is reported at once. */
  public PreferencesView change(PreferenceChange change) {
    Actor me = person();
    NotificationPreference preference = load(me);
    Map<String, Object> before = preference.auditValues();
    preference.changeContact(
        change.email() == null ? preference.email() : change.email(),
        change.mobile() == null ? preference.mobile() : change.mobile(),
        change.language(),
        clock.instant());
    RecipientContact contact =
        new RecipientContact(
            me.name(),
            me.displayName(),
            preference.email(),
            preference.mobile(),
            preference.locale());
    ValidationException.Collector errors = new ValidationException.Collector();
    Map<String, Set<String>> checked = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> entry : change.channels().entrySet()) {
      NotificationCategory category =
          categories
              .find(entry.getKey())
              .orElseThrow(
                  () ->
                      ValidationException.of(
                          "channels", "notification.category.unknown", entry.getKey()));
      String field = "channels." + category.key();
      try {
        Set<String> chosen =
            ChannelChoice.checked(category, entry.getValue(), channels.keys(), field);
        for (String key : chosen) {
          if (!key.equals(NotificationChannel.IN_APP)
              && channels.find(key).orElseThrow().addressOf(contact).isEmpty()) {
            errors.add(
                field,
                "notification.channel.no-address",
                new MessageKey("notification.channel." + key));
          }
        }
        checked.put(category.key(), chosen);
      } catch (ValidationException invalid) {
        invalid.errors().forEach(e -> errors.add(e.field(), e.messageKey(), e.arguments()));
      }
    }
    // Addresses removed while a stored choice still uses them.
    for (NotificationCategory category : categories.all()) {
      if (checked.containsKey(category.key())) {
        continue;
      }
      preference
          .choice(category.key())
          .ifPresent(
              stored -> {
                for (String key : stored) {
                  if (!key.equals(NotificationChannel.IN_APP)
                      && channels
                          .find(key)
                          .map(c -> c.addressOf(contact).isEmpty())
                          .orElse(false)) {
                    errors.add(
                        "channels." + category.key(),
                        "notification.channel.no-address",
                        new MessageKey("notification.channel." + key));
                  }
                }
              });
    }
    errors.throwIfAny();
    checked.forEach((key, chosen) -> preference.choose(key, chosen, clock.instant()));
    preferences.store(preference);
    Map<String, Object> after = preference.auditValues();
    if (!before.equals(after)) {
      audit.record(ENTITY, me.name(), "UPDATE", before, after);
    }
    return view(preference);
  }

  private NotificationPreference load(Actor me) {
    return preferences
        .find(me.name())
        .orElseGet(() -> NotificationPreference.defaults(me.name(), clock.instant()));
  }

  private PreferencesView view(NotificationPreference preference) {
    RecipientContact contact =
        new RecipientContact(
            preference.username(),
            null,
            preference.email(),
            preference.mobile(),
            preference.locale());
    List<PreferencesView.CategoryChoice> choices =
        categories.all().stream()
            .map(
                category ->
                    new PreferencesView.CategoryChoice(
                        category.key(),
                        category.nameKey(),
                        ChannelChoice.effective(
                            category, preference.choice(category.key()), channels.keys()),
                        preference.choice(category.key()).isPresent(),
                        category.inAppRequired()))
            .toList();
    List<PreferencesView.ChannelView> channelViews =
        channels.all().stream()
            .map(
                channel ->
                    new PreferencesView.ChannelView(
                        channel.key(),
                        channel.nameKey(),
                        channel.isEnabled(),
                        channel.addressOf(contact).isPresent()))
            .toList();
    return new PreferencesView(
        PersonalData.maskEmail(preference.email()),
        PersonalData.maskPhone(preference.mobile()),
        preference.language(),
        choices,
        channelViews);
  }

  /** Keys of the channels a category may use: the inbox and every plugged channel. */
  public Set<String> channelKeys() {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(NotificationChannel.IN_APP);
    channels.all().forEach(channel -> keys.add(channel.key()));
    return keys;
  }

  private Actor person() {
    Actor actor = actors.requireSignedIn();
    if (actor.kind() != Actor.Kind.PERSON) {
      throw DomainException.forbidden("notification.persons-only");
    }
    return actor;
  }
}
