package cn.finegov.kernel.api.attachment;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The attachment store for modules. Every call checks the owner's {@link AttachmentAccessPolicy}
 * for the current actor; refusals are {@link cn.finegov.kernel.api.error.DomainException}s with a
 * message (404 unknown owner or attachment, 403 not allowed, 413 too large, 415 type not allowed).
 * Uploads and deletions are audited in the caller's transaction; the file itself is written outside
 * the database and removed again when that transaction rolls back.
 */
public interface Attachments {

  /**
   * Stores a new attachment of {@code owner}, reading {@code content} to its end (the caller closes
   * it). The type is detected from the bytes; the size limit and the allowed types are the kernel
   * settings {@code attachments.max-bytes} and {@code attachments.allowed-types}.
   *
   * @param fileName the name the user gave the file (directories are dropped)
   */
  AttachmentInfo store(AttachmentOwner owner, String fileName, InputStream content);

  /** The attachment, if it exists, is not deleted and the actor may read its owner's. */
  Optional<AttachmentInfo> find(long id);

  /** The attachments of a record, oldest first. */
  List<AttachmentInfo> list(AttachmentOwner owner);

  /** The content as a stream (HTTP 404 when it does not exist or its file is missing). */
  AttachmentContent open(long id);

  /** The thumbnail as a stream, if the attachment has one. */
  Optional<AttachmentContent> openThumbnail(long id);

  /**
   * Deletes an attachment: the record stays (who, when, why), the file is removed after the
   * transaction commits.
   *
   * @param reason why, required (up to 500 characters)
   */
  void delete(long id, String reason);
}
