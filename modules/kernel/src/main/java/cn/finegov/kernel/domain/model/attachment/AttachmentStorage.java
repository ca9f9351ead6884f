package cn.finegov.kernel.domain.model.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the bytes of attachments live: files in a directory outside the database. An upload is
 * first received into a staging file (counted and hashed while it streams in), checked, then kept
 * under a storage key.
 */
public interface AttachmentStorage {

  /**
   * A received upload, not yet kept.
   *
   * @param path the staging file
   * @param size its length
   * @param sha256 SHA-256 of its bytes, lower-case hex
   */
  record Staged(Path path, long size, String sha256) {}

  /**
   * Streams {@code content} into a staging file, computing its size and SHA-256; stops and deletes
   * the staging file as soon as more than {@code maxBytes} arrived.
   *
   * @throws cn.finegov.kernel.api.attachment.AttachmentRejectedException when too large
   */
  Staged receive(InputStream content, AttachmentRules rules) throws IOException;

  /** Moves a staged file to its place; returns its storage key. */
  String keep(Staged staged) throws IOException;

  /** Stores the thumbnail of a kept file. */
  void keepThumbnail(String key, byte[] thumbnail) throws IOException;

  /** Drops a staging file (a refused upload). */
  void discard(Staged staged);

  /** The stored content, if its file exists. */
  Optional<Path> file(String key);

  /** The stored thumbnail, if any. */
  Optional<Path> thumbnail(String key);

  /** Removes a kept file and its thumbnail; a missing file is no error. */
  void delete(String key);
}
