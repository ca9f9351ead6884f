package cn.finegov.kernel.api.attachment;

import java.io.Serializable;
import java.time.Instant;

/**
 * What is known about a stored attachment. The content itself lives outside the database.
 *
 * @param id identifier
 * @param owner the record it belongs to
 * @param fileName the name it was uploaded with (without any directory)
 * @param contentType the type detected from its bytes (never the one the client claimed)
 * @param size number of bytes
 * @param sha256 SHA-256 of the content, 64 lower-case hex digits
 * @param thumbnail whether a thumbnail exists (photos ImageIO can read)
 * @param uploadedBy login name of the uploader
 * @param uploadedAt when
 */
public record AttachmentInfo(
    long id,
    AttachmentOwner owner,
    String fileName,
    String contentType,
    long size,
    String sha256,
    boolean thumbnail,
    String uploadedBy,
    Instant uploadedAt)
    implements Serializable {

  /** Whether the attachment is a photo (an image type). */
  public boolean isImage() {
    return contentType.startsWith("image/");
  }
}
