package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.notification.NotificationCategory;
import cn.finegov.kernel.api.notification.NotificationChannel;
import cn.finegov.kernel.api.notification.NotificationReceipt;
import cn.finegov.kernel.api.text.Texts;
import cn.finegov.kernel.application.notification.ChannelRegistry;
import cn.finegov.kernel.application.notification.DeliveryExport;
import cn.finegov.kernel.application.notification.DeliveryService;
import cn.finegov.kernel.application.notification.DeliveryView;
import cn.finegov.kernel.application.notification.NoticeDraft;
import cn.finegov.kernel.application.notification.NotificationCategoryRegistry;
import cn.finegov.kernel.application.notification.NotificationService;
import cn.finegov.kernel.domain.model.notification.DeliveryQuery;
import cn.finegov.kernel.domain.model.notification.DeliveryStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The delivery monitor screen: counts per state, deliveries with filters (state, channel,
 * recipient, category, dates), the reason of each failure, retry, Excel export; and a notice to
 * people, e.g. to check that e-mail works after changing the mail settings.
 */
@Named("deliveryMonitor")
@ViewScoped
public class DeliveryMonitorBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient DeliveryService deliveries;
  @Inject private transient DeliveryExport export;
  @Inject private transient NotificationService notifications;
  @Inject private transient ChannelRegistry channels;
  @Inject private transient NotificationCategoryRegistry categories;
  @Inject private transient DisplaySettings display;
  @Inject private transient Faces faces;

  private DeliveryStatus status;
  private String channel;
  private String recipient;
  private String category;
  private LocalDate from;
  private LocalDate to;
  private Long delivery;

  private String noticeUsernames;
  private String noticePermission;
  private String noticeUnitCode;
  private String noticeSubject;
  private String noticeBody;

  private final LazyDataModel<DeliveryView> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          if (delivery != null) {
            return 1;
          }
          return (int) Math.min(Integer.MAX_VALUE, deliveries.count(query()));
        }

        @Override
        public List<DeliveryView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          if (delivery != null) {
            DeliveryView one = faces.attempt(() -> deliveries.get(delivery));
            return one == null ? List.of() : List.of(one);
          }
          return deliveries.search(query(), first, pageSize);
        }

        @Override
        public String getRowKey(DeliveryView row) {
          return String.valueOf(row.id());
        }
      };

  @PostConstruct
  void init() {
    String shown =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("delivery");
    if (shown != null && shown.matches("[0-9]{1,18}")) {
      delivery = Long.parseLong(shown);
    }
  }

  private DeliveryQuery query() {
    Instant start = from == null ? null : from.atStartOfDay(display.zone()).toInstant();
    Instant end = to == null ? null : to.plusDays(1).atStartOfDay(display.zone()).toInstant();
    return new DeliveryQuery(
        status,
        Texts.strippedOrNull(channel),
        Texts.strippedOrNull(recipient),
        Texts.strippedOrNull(category),
        start,
        end);
  }

  /** Applies the filter (and leaves the view of one delivery opened from a link). */
  public void search() {
    delivery = null;
  }

  public void retry(long id) {
    if (faces.attempt(() -> deliveries.retry(id)) != null) {
      faces.info("notification.delivery.retried", String.valueOf(id));
    }
  }

  /** Sends the notice typed in the dialog. */
  public void sendNotice() {
    Set<String> names = new LinkedHashSet<>();
    if (noticeUsernames != null) {
      Arrays.stream(noticeUsernames.split("[,，;；\\s]+"))
          .map(String::strip)
          .filter(name -> !name.isEmpty())
          .forEach(names::add);
    }
    NotificationReceipt receipt =
        faces.attempt(
            () ->
                notifications.notice(
                    new NoticeDraft(
                        names,
                        Texts.strippedOrNull(noticePermission),
                        Texts.strippedOrNull(noticeUnitCode),
                        noticeSubject,
                        noticeBody,
                        null)));
    if (receipt != null) {
      faces.info("notification.notice.sent", receipt.recipients().size(), receipt.deliveries());
      noticeUsernames = null;
      noticePermission = null;
      noticeUnitCode = null;
      noticeSubject = null;
      noticeBody = null;
    }
  }

  /** The deliveries matching the filter as an Excel sheet. */
  public StreamedContent getExport() {
    DeliveryQuery query = query();
    java.util.Locale locale = Messages.locale();
    return DefaultStreamedContent.builder()
        .name("deliveries.xlsx")
        .contentType(ExcelTable.CONTENT_TYPE)
        .writer(
            out -> {
              try {
                export.write(query, locale, out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  public Map<DeliveryStatus, Long> getCounts() {
    return deliveries.countByStatus();
  }

  public List<DeliveryStatus> getStatuses() {
    return List.of(DeliveryStatus.values());
  }

  public List<NotificationChannel> getChannels() {
    return channels.all();
  }

  public List<NotificationCategory> getCategories() {
    return categories.all();
  }

  /** The CSS class of a state's badge. */
  public String badge(DeliveryStatus state) {
    return switch (state) {
      case SENT -> "badge badge-ok";
      case FAILED -> "badge badge-danger";
      case SKIPPED -> "badge badge-muted";
      default -> "badge badge-warn";
    };
  }

  public LazyDataModel<DeliveryView> getModel() {
    return model;
  }

  public Long getDelivery() {
    return delivery;
  }

  public DeliveryStatus getStatus() {
    return status;
  }

  public void setStatus(DeliveryStatus status) {
    this.status = status;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getNoticeUsernames() {
    return noticeUsernames;
  }

  public void setNoticeUsernames(String noticeUsernames) {
    this.noticeUsernames = noticeUsernames;
  }

  public String getNoticePermission() {
    return noticePermission;
  }

  public void setNoticePermission(String noticePermission) {
    this.noticePermission = noticePermission;
  }

  public String getNoticeUnitCode() {
    return noticeUnitCode;
  }

  public void setNoticeUnitCode(String noticeUnitCode) {
    this.noticeUnitCode = noticeUnitCode;
  }

  public String getNoticeSubject() {
    return noticeSubject;
  }

  public void setNoticeSubject(String noticeSubject) {
    this.noticeSubject = noticeSubject;
  }

  public String getNoticeBody() {
    return noticeBody;
  }

  public void setNoticeBody(String noticeBody) {
    this.noticeBody = noticeBody;
  }
}
