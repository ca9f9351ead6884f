package cn.finegov.kernel.domain.model.attachment;

import java.nio.file.Path;
import java.util.Optional;

/** Makes the thumbnails of photos. */
public interface Thumbnails {

  /**
   * A made thumbnail.
   *
   * @param bytes the encoded image
   * @param contentType its media type
   * @param width its width in pixels
   * @param height its height in pixels
   */
  record Thumbnail(byte[] bytes, String contentType, int width, int height) {}

  /**
   * The thumbnail of the photo in {@code file}, its longest edge {@code maxEdge} pixels (smaller
   * images keep their size), or empty when the type has none or the image cannot be read.
   */
  Optional<Thumbnail> make(Path file, DetectedType type, int maxEdge);
}
