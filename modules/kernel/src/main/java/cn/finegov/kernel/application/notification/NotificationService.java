package cn.finegov.kernel.application.notification;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.notification.MessageText;
import cn.finegov.kernel.api.notification.NotificationCategory;
import cn.finegov.kernel.api.notification.NotificationChannel;
import cn.finegov.kernel.api.notification.NotificationReceipt;
import cn.finegov.kernel.api.notification.NotificationRequest;
import cn.finegov.kernel.api.notification.Notifier;
import cn.finegov.kernel.api.notification.RecipientContact;
import cn.finegov.kernel.api.notification.Recipients;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.persistence.TransactionMemo;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.application.module.KernelModule;
import cn.finegov.kernel.domain.model.notification.ChannelChoice;
import cn.finegov.kernel.domain.model.notification.Notification;
import cn.finegov.kernel.domain.model.notification.NotificationDelivery;
import cn.finegov.kernel.domain.model.notification.NotificationDeliveryRepository;
import cn.finegov.kernel.domain.model.notification.NotificationPreference;
import cn.finegov.kernel.domain.model.notification.NotificationPreferenceRepository;
import cn.finegov.kernel.domain.model.notification.NotificationRepository;
import cn.finegov.kernel.domain.model.notification.RecipientDirectory;
import cn.finegov.kernel.domain.model.notification.RecipientDirectory.Person;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends notifications ({@link Notifier}) and serves each person's inbox. A notification becomes,
 * per recipient, one row with the texts in his language (shown in his inbox when he reads the
 * category in the app) and one outbox row per external channel he chose, queued in the sender's
 * transaction and delivered after the commit by {@link NotificationDeliverer}.
 */
@ApplicationScoped
@Transactional
public class NotificationService implements Notifier {

  static final String NOTICE_ENTITY = "Notice";

  @Inject private NotificationRepository notifications;
  @Inject private NotificationDeliveryRepository deliveries;
  @Inject private NotificationPreferenceRepository preferences;
  @Inject private RecipientDirectory directory;
  @Inject private OrganisationDirectory organisation;
  @Inject private NotificationCategoryRegistry categories;
  @Inject private ChannelRegistry channels;
  @Inject private MessageSource messages;
  @Inject private ActorContext actors;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private Event<DeliveriesQueued> queued;
  @Resource private TransactionSynchronizationRegistry transactions;

  @Override
  public NotificationReceipt send(NotificationRequest request) {
    Actor actor = actors.requireSignedIn();
    NotificationCategory category = categories.require(request.category());
    Resolved resolved = resolve(request.recipients());
    return deliver(request, category, resolved, actor.name());
  }

  /** The people a request reaches, and the named ones that do not exist or are deactivated. */
  private record Resolved(List<Person> people, List<String> skipped) {}

  private Resolved resolve(Recipients recipients) {
    Map<String, Person> people = new LinkedHashMap<>();
    Set<String> named =
        recipients.usernames().stream()
            .map(name -> name.strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toCollection(LinkedHashSet::new));
    directory.activeUsers(named).forEach(person -> people.putIfAbsent(person.username(), person));
    List<String> skipped = named.stream().filter(name -> !people.containsKey(name)).toList();
    for (Recipients.PermissionHolders group : recipients.holders()) {
      UnitSummary unit =
          organisation
              .findById(group.unitId())
              .orElseThrow(() -> new IllegalArgumentException("no unit " + group.unitId()));
      holders(group.permission(), unit.path())
          .forEach(person -> people.putIfAbsent(person.username(), person));
    }
    return new Resolved(List.copyOf(people.values()), skipped);
  }

  /**
   * What one transaction has looked up already: the holders of a permission in a unit, and people's
   * preferences (a batch of cases sends many notices to the same people). Nothing is kept beyond
   * the transaction; outside one nothing is kept at all.
   */
  private static final class Looked {
    final Map<String, List<Person>> holders = new HashMap<>();
    final Map<String, Optional<NotificationPreference>> preferences = new HashMap<>();
  }

  private Looked looked() {
    return TransactionMemo.of(transactions, Looked.class, Looked::new).orElse(null);
  }

  private List<Person> holders(String permission, String unitPath) {
    Looked looked = looked();
    return looked == null
        ? directory.holders(permission, unitPath)
        : looked.holders.computeIfAbsent(
            permission + "@" + unitPath,
            key -> List.copyOf(directory.holders(permission, unitPath)));
  }

  /** The stored preferences of these people, by login name (none for who has kept the defaults). */
  private Map<String, NotificationPreference> preferencesOf(List<String> usernames) {
    Looked looked = looked();
    if (looked == null) {
      return preferences.findAll(usernames).stream()
          .collect(Collectors.toMap(NotificationPreference::username, Function.identity()));
    }
    List<String> unknown =
        usernames.stream().filter(name -> !looked.preferences.containsKey(name)).toList();
    if (!unknown.isEmpty()) {
      unknown.forEach(name -> looked.preferences.put(name, Optional.empty()));
      preferences
          .findAll(unknown)
          .forEach(found -> looked.preferences.put(found.username(), Optional.of(found)));
    }
    Map<String, NotificationPreference> stored = new HashMap<>();
    for (String name : usernames) {
      looked.preferences.get(name).ifPresent(found -> stored.put(name, found));
    }
    return stored;
  }

  private NotificationReceipt deliver(
      NotificationRequest request,
      NotificationCategory category,
      Resolved resolved,
      String sender) {
    Instant now = clock.instant();
    Map<String, NotificationPreference> stored =
        preferencesOf(resolved.people().stream().map(Person::username).toList());
    int queuedCount = 0;
    List<String> reached = new ArrayList<>();
    for (Person person : resolved.people()) {
      NotificationPreference preference =
          stored.getOrDefault(
              person.username(), NotificationPreference.defaults(person.username(), now));
      Set<String> chosen =
          ChannelChoice.effective(category, preference.choice(category.key()), channels.keys());
      Locale locale = preference.locale();
      Notification notification =
          notifications.store(
              Notification.to(
                  person.username(),
                  person.unitPath(),
                  category.key(),
                  text(request.subject(), locale),
                  request.body() == null ? null : text(request.body(), locale),
                  request.link(),
                  new Notification.Source(
                      request.sourceModule(), request.sourceType(), request.sourceId()),
                  sender,
                  chosen.contains(NotificationChannel.IN_APP),
                  now));
      reached.add(person.username());
      RecipientContact contact = contact(person, preference);
      for (String key : chosen) {
        if (key.equals(NotificationChannel.IN_APP)) {
          continue;
        }
        NotificationChannel channel = channels.find(key).orElseThrow();
        if (!channel.isEnabled()) {
          deliveries.store(
              NotificationDelivery.skipped(
                  notification, key, now, chinese("notification.skip.channel-off")));
        } else if (channel.addressOf(contact).isEmpty()) {
          deliveries.store(
              NotificationDelivery.skipped(
                  notification, key, now, chinese("notification.skip.no-address")));
        } else {
          deliveries.store(NotificationDelivery.queued(notification, key, now));
          queuedCount++;
        }
      }
    }
    if (queuedCount > 0) {
      queued.fire(new DeliveriesQueued(queuedCount));
    }
    return new NotificationReceipt(reached, queuedCount, resolved.skipped());
  }

  private String text(MessageText text, Locale locale) {
    return text.isLiteral() ? text.literal() : messages.get(locale, text.key(), text.arguments());
  }

  private String chinese(String key) {
    return messages.get(MessageSource.CHINESE, key);
  }

  static RecipientContact contact(Person person, NotificationPreference preference) {
    return new RecipientContact(
        person.username(),
        person.displayName(),
        preference.email(),
        preference.mobile(),
        preference.locale());
  }

  /**
   * Sends an administrator's notice ({@code kernel.notice}) to named people and/or the holders of a
   * permission for a unit, inside the administrator's scope. Audited.
   */
  public NotificationReceipt notice(NoticeDraft draft) {
    Actor actor = actors.requirePermission(KernelPermissions.NOTIFICATIONS_MONITOR);
    ValidationException.Collector errors = new ValidationException.Collector();
    String subject = draft.subject() == null ? "" : draft.subject().strip();
    errors.required("subject", subject).maxLength("subject", subject, Notification.MAX_SUBJECT);
    errors.maxLength("body", draft.body(), Notification.MAX_BODY);
    String link = draft.link() == null || draft.link().isBlank() ? null : draft.link().strip();
    if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
      errors.add("link", "notification.link.invalid");
    }
    boolean byPermission = draft.permission() != null && !draft.permission().isBlank();
    boolean byUnit = draft.unitCode() != null && !draft.unitCode().isBlank();
    if (byPermission != byUnit) {
      errors.add(byPermission ? "unitCode" : "permission", "validation.required");
    }
    if (draft.usernames().isEmpty() && !byPermission) {
      errors.add("usernames", "notification.notice.no-recipients");
    }
    errors.throwIfAny();
    Recipients recipients = Recipients.users(draft.usernames());
    if (byPermission) {
      UnitSummary unit =
          organisation
              .findByCode(draft.unitCode().strip())
              .filter(found -> actor.scope().covers(found.path()))
              .orElseThrow(
                  () -> ValidationException.of("unitCode", "unit.not-found", draft.unitCode()));
      recipients = recipients.and(Recipients.holding(draft.permission().strip(), unit.id()));
    }
    Resolved resolved = resolve(recipients);
    List<Person> inScope =
        resolved.people().stream().filter(p -> actor.scope().covers(p.unitPath())).toList();
    List<String> skipped = new ArrayList<>(resolved.skipped());
    resolved.people().stream()
        .filter(p -> !inScope.contains(p))
        .forEach(p -> skipped.add(p.username()));
    NotificationRequest request =
        NotificationRequest.of(KernelModule.KEY, KernelNotificationCategories.NOTICE, recipients)
            .subject(MessageText.literal(subject))
            .body(
                draft.body() == null || draft.body().isBlank()
                    ? null
                    : MessageText.literal(draft.body().strip()))
            .link(link)
            .build();
    NotificationReceipt receipt =
        deliver(
            request,
            categories.require(KernelNotificationCategories.NOTICE),
            new Resolved(inScope, skipped),
            actor.name());
    if (receipt.recipients().isEmpty()) {
      throw DomainException.rule("notification.notice.nobody-reached");
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("subject", subject);
    after.put("recipients", receipt.recipients().size());
    after.put("deliveries", receipt.deliveries());
    audit.record(NOTICE_ENTITY, subject, "SEND", Map.of(), after);
    return receipt;
  }

  /** A page of the current person's inbox, newest first. */
  @Transactional(TxType.SUPPORTS)
  public InboxPage inbox(boolean unreadOnly, int first, int max) {
    String me = person().name();
    return new InboxPage(
        notifications.countInbox(me, unreadOnly),
        notifications.countInbox(me, true),
        notifications
            .inbox(me, unreadOnly, Math.max(0, first), Math.max(1, Math.min(max, 500)))
            .stream()
            .map(InboxItem::of)
            .toList());
  }

  /** Unread entries of the current person's inbox (0 for anybody else). */
  @Transactional(TxType.SUPPORTS)
  public long unreadCount() {
    Actor actor = actors.current();
    if (actor.kind() != Actor.Kind.PERSON) {
      return 0;
    }
    return notifications.countInbox(actor.name(), true);
  }

  /** One entry of the current person's inbox. */
  @Transactional(TxType.SUPPORTS)
  public InboxItem item(long id) {
    return InboxItem.of(own(id));
  }

  /** Marks an entry of the own inbox read; returns it. */
  public InboxItem markRead(long id) {
    Notification notification = own(id);
    notification.markRead(clock.instant());
    return InboxItem.of(notification);
  }

  /** Marks every entry of the own inbox read; returns how many were unread. */
  public int markAllRead() {
    return notifications.markAllRead(person().name(), clock.instant());
  }

  private Notification own(long id) {
    String me = person().name();
    return notifications
        .find(id)
        .filter(n -> n.recipient().equals(me) && n.isInApp())
        .orElseThrow(() -> DomainException.notFound("notification.not-found", String.valueOf(id)));
  }

  private Actor person() {
    Actor actor = actors.requireSignedIn();
    if (actor.kind() != Actor.Kind.PERSON) {
      throw DomainException.forbidden("notification.persons-only");
    }
    return actor;
  }

  /** Sends a notification as the kernel (delivery alerts), in the current transaction. */
  @Transactional(TxType.MANDATORY)
  public NotificationReceipt sendAsKernel(NotificationRequest request, String flow) {
    NotificationCategory category = categories.require(request.category());
    return deliver(request, category, resolve(request.recipients()), "system:" + flow);
  }

  /** A person's contact (for deliveries), defaults when he has no preferences. */
  @Transactional(TxType.SUPPORTS)
  public Optional<RecipientContact> contactOf(String username) {
    return directory.activeUsers(List.of(username)).stream()
        .findFirst()
        .map(
            person ->
                contact(
                    person,
                    preferences
                        .find(username)
                        .orElseGet(
                            () -> NotificationPreference.defaults(username, clock.instant()))));
  }
}
