package cn.finegov.kernel.infrastructure.files;

import cn.finegov.kernel.domain.model.attachment.DetectedType;
import cn.finegov.kernel.domain.model.attachment.Thumbnails;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Thumbnails of photos with the JDK's ImageIO: JPEG, PNG and GIF (the first frame). The JDK has no
 * WebP reader, so WebP photos get no thumbnail (screens show a file icon). The longest edge becomes
 * {@code attachments.thumbnail-pixels}; smaller images are not enlarged. The image is read with
 * subsampling, so a large photo never needs its full size in memory; images over 100 megapixels and
 * images ImageIO cannot decode (CMYK JPEGs, damaged files) get no thumbnail.
 */
@ApplicationScoped
public class ThumbnailMaker implements Thumbnails {

  private static final Logger LOG = Logger.getLogger(ThumbnailMaker.class.getName());
  static final long MAX_SOURCE_PIXELS = 100_000_000L;

  /**
   * The thumbnail: {@code image/jpeg} for JPEG photos, {@code image/png} for PNG and GIF (which may
   * be transparent).
   */
  @Override
  public Optional<Thumbnail> make(Path file, DetectedType type, int maxEdge) {
    if (!type.isRasterPhoto()) {
      return Optional.empty();
    }
    try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
      if (input == null) {
        return Optional.empty();
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0 || (long) width * height > MAX_SOURCE_PIXELS) {
          return Optional.empty();
        }
        ImageReadParam parameters = reader.getDefaultReadParam();
        int subsampling = Math.max(1, Math.max(width, height) / (maxEdge * 2));
        parameters.setSourceSubsampling(subsampling, subsampling, 0, 0);
        BufferedImage source = reader.read(0, parameters);
        boolean jpeg = type.mimeType().equals("image/jpeg");
        return Optional.of(scale(source, width, height, maxEdge, jpeg));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "No thumbnail: the image could not be read", e);
      return Optional.empty();
    }
  }

  /** The size of the thumbnail of a {@code width × height} image. */
  static int[] targetSize(int width, int height, int maxEdge) {
    double scale = Math.min(1.0, (double) maxEdge / Math.max(width, height));
    return new int[] {
      Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale))
    };
  }

  private static Thumbnail scale(
      BufferedImage source, int width, int height, int maxEdge, boolean jpeg) throws IOException {
    int[] size = targetSize(width, height, maxEdge);
    BufferedImage target =
        new BufferedImage(
            size[0], size[1], jpeg ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
    Graphics2D graphics = target.createGraphics();
    try {
      graphics.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      graphics.drawImage(source, 0, 0, size[0], size[1], null);
    } finally {
      graphics.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(target, jpeg ? "jpg" : "png", out)) {
      throw new IOException("no ImageIO writer");
    }
    return new Thumbnail(out.toByteArray(), jpeg ? "image/jpeg" : "image/png", size[0], size[1]);
  }
}
