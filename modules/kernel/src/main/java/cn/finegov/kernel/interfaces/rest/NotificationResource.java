package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.notification.NotificationReceipt;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.application.notification.InboxItem;
import cn.finegov.kernel.application.notification.InboxPage;
import cn.finegov.kernel.application.notification.NoticeDraft;
import cn.finegov.kernel.application.notification.NotificationPreferenceService;
import cn.finegov.kernel.application.notification.NotificationService;
import cn.finegov.kernel.application.notification.PreferenceChange;
import cn.finegov.kernel.application.notification.PreferencesView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's notifications: inbox, unread count, marking read, preferences (addresses masked in
 * answers); and notices sent by holders of {@code kernel.notifications.monitor}.
 */
@Path("/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The caller's inbox and notification preferences")
public class NotificationResource {

  /**
   * An inbox entry.
   *
   * @param id identifier
   * @param category category key
   * @param categoryName its name in the caller's language
   * @param subject subject
   * @param body text or {@code null}
   * @param link path in the application of the thing it is about, or {@code null}
   * @param sender who sent it
   * @param createdAt when
   * @param read whether read
   */
  public record ItemJson(
      long id,
      String category,
      String categoryName,
      String subject,
      String body,
      String link,
      String sender,
      Instant createdAt,
      boolean read) {}

  /**
   * A page of the inbox.
   *
   * @param total entries matching
   * @param unread unread entries in the inbox
   * @param items this page, newest first
   */
  public record InboxJson(long total, long unread, List<ItemJson> items) {}

  /**
   * The unread count.
   *
   * @param unread unread entries
   */
  public record UnreadJson(long unread) {}

  /**
   * Entries marked read.
   *
   * @param marked how many were unread
   */
  public record MarkedJson(int marked) {}

  /**
   * The category choices of the caller.
   *
   * @param key category key
   * @param name its name
   * @param channels channels in use
   * @param chosen whether chosen by the caller (else the defaults)
   * @param inAppRequired whether the inbox cannot be switched off
   */
  public record CategoryJson(
      String key, String name, Set<String> channels, boolean chosen, boolean inAppRequired) {}

  /**
   * A channel.
   *
   * @param key key
   * @param name name
   * @param enabled switched on
   * @param reachable the caller has an address on it
   */
  public record ChannelJson(String key, String name, boolean enabled, boolean reachable) {}

  /**
   * The caller's preferences; addresses are masked.
   *
   * @param email e-mail address, masked
   * @param mobile mobile number, masked
   * @param language {@code zh} or {@code en}
   * @param categories channels per category
   * @param channels channels besides the inbox ({@code IN_APP})
   */
  public record PreferencesJson(
      String email,
      String mobile,
      String language,
      List<CategoryJson> categories,
      List<ChannelJson> channels) {}

  /**
   * A change of the caller's preferences.
   *
   * @param email new e-mail address; absent keeps it, empty removes it
   * @param mobile new mobile number; absent keeps it, empty removes it
   * @param language {@code zh} or {@code en}; absent keeps it
   * @param channels channels ({@code IN_APP}, {@code EMAIL}, {@code SMS}...) per category key to
   *     change
   */
  public record PreferencesInput(
      String email, String mobile, String language, Map<String, Set<String>> channels) {}

  /**
   * A notice of an administrator.
   *
   * @param usernames login names of recipients
   * @param permission with unitCode: everybody holding it for the unit
   * @param unitCode the unit
   * @param subject subject
   * @param body text
   * @param link path in the application
   */
  public record NoticeInput(
      Set<String> usernames,
      String permission,
      String unitCode,
      String subject,
      String body,
      String link) {}

  /**
   * What a notice did.
   *
   * @param recipients login names reached
   * @param deliveries external deliveries queued
   * @param skipped login names not reached (unknown, deactivated, outside the sender's scope)
   */
  public record ReceiptJson(List<String> recipients, int deliveries, List<String> skipped) {}

  @Inject private NotificationService notifications;
  @Inject private NotificationPreferenceService preferences;
  @Inject private MessageSource messages;
  @Context private HttpHeaders headers;

  @GET
  @Operation(summary = "The caller's inbox, newest first (unread=true: unread entries only)")
  public InboxJson inbox(
      @QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    InboxPage page = notifications.inbox(unreadOnly, first, max);
    return new InboxJson(
        page.total(), page.unread(), page.items().stream().map(this::item).toList());
  }

  @GET
  @Path("unread-count")
  @Operation(summary = "Number of unread entries of the caller's inbox")
  public UnreadJson unreadCount() {
    return new UnreadJson(notifications.unreadCount());
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(summary = "One entry of the caller's inbox")
  public ItemJson get(@PathParam("id") long id) {
    return item(notifications.item(id));
  }

  @POST
  @Path("{id: [0-9]+}/read")
  @Operation(summary = "Mark an entry of the caller's inbox read")
  public ItemJson markRead(@PathParam("id") long id) {
    return item(notifications.markRead(id));
  }

  @POST
  @Path("read-all")
  @Operation(summary = "Mark every entry of the caller's inbox read")
  public MarkedJson markAllRead() {
    return new MarkedJson(notifications.markAllRead());
  }

  @GET
  @Path("preferences")
  @Operation(summary = "The caller's notification preferences (addresses masked)")
  public PreferencesJson preferences() {
    return preferences(preferences.mine());
  }

  @PUT
  @Path("preferences")
  @Operation(
      summary =
          "Change the caller's e-mail address, mobile number, language and channels per category")
  public PreferencesJson changePreferences(PreferencesInput input) {
    PreferencesInput body = Bodies.required(input);
    return preferences(
        preferences.change(
            new PreferenceChange(body.email(), body.mobile(), body.language(), body.channels())));
  }

  @POST
  @Path("notices")
  @RequiresPermission(KernelPermissions.NOTIFICATIONS_MONITOR)
  @Operation(
      summary = "Send a notice to people (usernames) and/or the holders of a permission for a unit")
  public ReceiptJson notice(NoticeInput input) {
    NoticeInput body = Bodies.required(input);
    NotificationReceipt receipt =
        notifications.notice(
            new NoticeDraft(
                body.usernames(),
                body.permission(),
                body.unitCode(),
                body.subject(),
                body.body(),
                body.link()));
    return new ReceiptJson(receipt.recipients(), receipt.deliveries(), receipt.skipped());
  }

  private ItemJson item(InboxItem item) {
    return new ItemJson(
        item.id(),
        item.category(),
        text(item.categoryNameKey()),
        item.subject(),
        item.body(),
        item.link(),
        item.sender(),
        item.createdAt(),
        item.read());
  }

  private PreferencesJson preferences(PreferencesView view) {
    return new PreferencesJson(
        view.emailMasked(),
        view.mobileMasked(),
        view.language(),
        view.categories().stream()
            .map(
                c ->
                    new CategoryJson(
                        c.key(), text(c.nameKey()), c.channels(), c.chosen(), c.inAppRequired()))
            .toList(),
        view.channels().stream()
            .map(c -> new ChannelJson(c.key(), text(c.nameKey()), c.enabled(), c.reachable()))
            .toList());
  }

  private String text(String key) {
    Locale locale = RequestLocale.of(headers);
    return messages.get(locale, key);
  }
}
