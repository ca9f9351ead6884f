package cn.finegov.kernel.domain.model.attachment;

import cn.finegov.kernel.api.i18n.MessageKey;
import java.util.Objects;

/**
 * The type of a file as its bytes show it.
 *
 * @param mimeType the media type, e.g. {@code image/png} or {@code application/x-msdownload}
 * @param extension the usual file name extension (without dot), empty when there is none
 */
public record DetectedType(String mimeType, String extension) {

  public DetectedType {
    Objects.requireNonNull(mimeType, "mimeType");
    extension = extension == null ? "" : extension;
  }

  /** The type's name on screen, a bundle key resolved in the reader's language. */
  public MessageKey label() {
    return new MessageKey("attachment.type." + mimeType);
  }

  /** Whether ImageIO may be asked for a thumbnail (JPEG, PNG, GIF). */
  public boolean isRasterPhoto() {
    return mimeType.equals(ContentTypes.JPEG)
        || mimeType.equals(ContentTypes.PNG)
        || mimeType.equals(ContentTypes.GIF);
  }
}
