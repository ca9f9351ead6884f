package cn.finegov.kernel.domain.model.attachment;

import cn.finegov.kernel.api.attachment.AttachmentRejectedException;
import cn.finegov.kernel.api.attachment.AttachmentRejectedException.Reason;
import cn.finegov.kernel.api.i18n.MessageKey;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an upload must be: at most {@code maxBytes} long and of one of the allowed types (as
 * detected from its bytes). Built from the kernel settings {@code attachments.max-bytes} and {@code
 * attachments.allowed-types} for each upload, so that a changed setting applies at once.
 *
 * @param maxBytes the largest size accepted
 * @param allowedTypes the media types accepted
 */
public record AttachmentRules(long maxBytes, Set<String> allowedTypes) {

  public AttachmentRules {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    allowedTypes =
        allowedTypes.stream()
            .map(type -> type.strip().toLowerCase(Locale.ROOT))
            .filter(type -> !type.isEmpty())
            .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The rules from the setting values (a comma-separated list of types). */
  public static AttachmentRules of(long maxBytes, List<String> allowedTypes) {
    return new AttachmentRules(maxBytes, new LinkedHashSet<>(allowedTypes));
  }

  /** Refuses a size above the limit (HTTP 413, the message names the limit). */
  public void checkSize(long size) {
    if (size > maxBytes) {
      throw tooLarge();
    }
  }

  /** The refusal of an upload larger than the limit. */
  public AttachmentRejectedException tooLarge() {
    return new AttachmentRejectedException(
        Reason.TOO_LARGE, "attachment.too-large", humanSize(maxBytes));
  }

  /**
   * Refuses an empty file, and a type that is not allowed (HTTP 415; the message names the detected
   * type and the allowed ones).
   */
  public void checkType(DetectedType detected) {
    if (detected.mimeType().equals(ContentTypes.EMPTY)) {
      throw new AttachmentRejectedException(Reason.EMPTY, "attachment.empty");
    }
    if (!allowedTypes.contains(detected.mimeType())) {
      throw new AttachmentRejectedException(
          Reason.TYPE_NOT_ALLOWED,
          "attachment.type.not-allowed",
          detected.label(),
          detected.mimeType(),
          allowedLabels());
    }
  }

  private String allowedLabels() {
    return String.join(", ", allowedTypes);
  }

  /** Whether a type is allowed. */
  public boolean allows(String mimeType) {
    return allowedTypes.contains(mimeType);
  }

  /** {@code 20 MB}, {@code 512 KB}, {@code 900 B}: binary units, as people read file sizes. */
  public static String humanSize(long bytes) {
    if (bytes >= 1024L * 1024 * 1024 && bytes % (1024L * 1024 * 1024) == 0) {
      return bytes / (1024L * 1024 * 1024) + " GB";
    }
    if (bytes >= 1024L * 1024) {
      return trim(bytes / (1024.0 * 1024)) + " MB";
    }
    if (bytes >= 1024) {
      return trim(bytes / 1024.0) + " KB";
    }
    return bytes + " B";
  }

  private static String trim(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }

  /** The label of a type for messages. */
  public static MessageKey label(String mimeType) {
    return new DetectedType(mimeType, "").label();
  }
}
