package cn.finegov.kernel.api.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * The content of an attachment (or of its thumbnail), to be read as a stream, never as a whole. The
 * caller closes the stream.
 *
 * @param info the attachment
 * @param contentType type of these bytes (the thumbnail's type for a thumbnail)
 * @param length number of bytes
 * @param opener opens the stream (each call a new one)
 */
public record AttachmentContent(
    AttachmentInfo info, String contentType, long length, StreamOpener opener) {

  /** Opens a stream over stored bytes. */
  @FunctionalInterface
  public interface StreamOpener {
    InputStream open() throws IOException;
  }

  /** A new stream over the bytes; the caller closes it. */
  public InputStream open() throws IOException {
    return opener.open();
  }
}
