package cn.finegov.kernel.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One notification to one person, with its texts in his language: an entry of his inbox when he
 * reads the category in the app, and the message the deliveries on other channels send.
 */
@Entity
@Table(name = "krn_notification")
public class Notification {

  public static final int MAX_SUBJECT = 200;
  public static final int MAX_BODY = 4000;
  public static final int MAX_LINK = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "krn_notification_seq")
  @SequenceGenerator(
      name = "krn_notification_seq",
      sequenceName = "krn_notification_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "recipient", nullable = false, length = 32)
  private String recipient;

  @Column(name = "recipient_unit_path", length = 400)
  private String recipientUnitPath;

  @Column(name = "category", nullable = false, length = 80)
  private String category;

  @Column(name = "subject", nullable = false, length = MAX_SUBJECT)
  private String subject;

  @Lob
  @Column(name = "body")
  private String body;

  @Column(name = "link", length = MAX_LINK)
  private String link;

  @Column(name = "source_module", nullable = false, length = 40)
  private String sourceModule;

  @Column(name = "source_type", length = 60)
  private String sourceType;

  @Column(name = "source_id", length = 100)
  private String sourceId;

  @Column(name = "sender", nullable = false, length = 80)
  private String sender;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "in_app", nullable = false)
  private boolean inApp;

  @Column(name = "read_at")
  private Instant readAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Notification() {}

  /**
   * A new notification.
   *
   * @param inApp whether it shows in the recipient's inbox
   */
  public static Notification to(
      String recipient,
      String recipientUnitPath,
      String category,
      String subject,
      String body,
      String link,
      Source source,
      String sender,
      boolean inApp,
      Instant now) {
    Notification notification = new Notification();
    notification.recipient = Objects.requireNonNull(recipient, "recipient");
    notification.recipientUnitPath = recipientUnitPath;
    notification.category = Objects.requireNonNull(category, "category");
    notification.subject = shorten(Objects.requireNonNull(subject, "subject"), MAX_SUBJECT);
    notification.body = body == null || body.isBlank() ? null : shorten(body, MAX_BODY);
    notification.link = link == null ? null : shorten(link, MAX_LINK);
    notification.sourceModule = source.module();
    notification.sourceType = source.type();
    notification.sourceId = source.id();
    notification.sender = Objects.requireNonNull(sender, "sender");
    notification.inApp = inApp;
    notification.createdAt = now;
    return notification;
  }

  /**
   * What a notification is about.
   *
   * @param module the sending module
   * @param type kind of record, or {@code null}
   * @param id the record's identifier, or {@code null}
   */
  public record Source(String module, String type, String id) {}

  /** Cuts a text to {@code max} characters, marking the cut with an ellipsis. */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1) + "…";
  }

  /**
   * Marks it read (the first time).
   *
   * @return whether it was unread
   */
  public boolean markRead(Instant now) {
    if (readAt != null) {
      return false;
    }
    readAt = now;
    return true;
  }

  public Long id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String recipientUnitPath() {
    return recipientUnitPath;
  }

  public String category() {
    return category;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public String link() {
    return link;
  }

  public String sourceModule() {
    return sourceModule;
  }

  public String sourceType() {
    return sourceType;
  }

  public String sourceId() {
    return sourceId;
  }

  public String sender() {
    return sender;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean isInApp() {
    return inApp;
  }

  public Instant readAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }
}
