package cn.finegov.kernel.api.notification;

import java.util.Objects;

/**
 * What a module asks {@link Notifier} to send.
 *
 * @param category a declared category ({@link NotificationCategory#key()}), e.g. {@code
 *     grid.case-dispatched}
 * @param recipients who receives it
 * @param subject short text (inbox line, e-mail subject, first part of an SMS)
 * @param body longer text, or {@code null}
 * @param link path inside the application of the thing it is about (e.g. {@code
 *     /grid/cases.xhtml?id=42}), or {@code null}
 * @param sourceModule module sending it
 * @param sourceType kind of record it is about, or {@code null}
 * @param sourceId that record's identifier, or {@code null}
 */
public record NotificationRequest(
    String category,
    Recipients recipients,
    MessageText subject,
    MessageText body,
    String link,
    String sourceModule,
    String sourceType,
    String sourceId) {

  public NotificationRequest {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(recipients, "recipients");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(sourceModule, "sourceModule");
    if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
      throw new IllegalArgumentException("a link is a path inside the application: " + link);
    }
  }

  /** A request of a category to recipients; add texts and the link with the builder. */
  public static Builder of(String sourceModule, String category, Recipients recipients) {
    return new Builder(sourceModule, category, recipients);
  }

  /** Builds a request. */
  public static final class Builder {
    private final String sourceModule;
    private final String category;
    private final Recipients recipients;
    private MessageText subject;
    private MessageText body;
    private String link;
    private String sourceType;
    private String sourceId;

    private Builder(String sourceModule, String category, Recipients recipients) {
      this.sourceModule = sourceModule;
      this.category = category;
      this.recipients = recipients;
    }

    public Builder subject(String key, Object... arguments) {
      subject = MessageText.of(key, arguments);
      return this;
    }

    public Builder subject(MessageText text) {
      subject = text;
      return this;
    }

    public Builder body(String key, Object... arguments) {
      body = MessageText.of(key, arguments);
      return this;
    }

    public Builder body(MessageText text) {
      body = text;
      return this;
    }

    public Builder link(String path) {
      link = path;
      return this;
    }

    /** The record the notification is about. */
    public Builder about(String type, String id) {
      sourceType = type;
      sourceId = id;
      return this;
    }

    public NotificationRequest build() {
      return new NotificationRequest(
          category, recipients, subject, body, link, sourceModule, sourceType, sourceId);
    }
  }
}
