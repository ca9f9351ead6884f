package cn.finegov.kernel.infrastructure.files;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.domain.model.attachment.ContentTypes;
import cn.finegov.kernel.domain.model.attachment.DetectedType;
import cn.finegov.kernel.domain.model.attachment.TestFiles;
import cn.finegov.kernel.domain.model.attachment.Thumbnails.Thumbnail;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThumbnailMakerTest {

  @TempDir Path directory;

  private final ThumbnailMaker maker = new ThumbnailMaker();

  private Optional<Thumbnail> thumbnail(String format, int width, int height, String type, int edge)
      throws IOException {
    Path file = directory.resolve("photo." + format);
    Files.write(file, TestFiles.image(format, width, height));
    return maker.make(file, new DetectedType(type, format), edge);
  }

  private static BufferedImage decoded(Thumbnail thumbnail) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(thumbnail.bytes()));
  }

  @Test
  void aLandscapePhotoGetsItsLongestEdgeScaledToTheSetting() throws IOException {
    Thumbnail thumbnail = thumbnail("jpg", 1200, 600, ContentTypes.JPEG, 240).orElseThrow();

    assertThat(thumbnail.width()).isEqualTo(240);
    assertThat(thumbnail.height()).isEqualTo(120);
    assertThat(thumbnail.contentType()).isEqualTo("image/jpeg");
    BufferedImage image = decoded(thumbnail);
    assertThat(image.getWidth()).isEqualTo(240);
    assertThat(image.getHeight()).isEqualTo(120);
  }

  @Test
  void aPortraitPhotoIsScaledByItsHeight() throws IOException {
    Thumbnail thumbnail = thumbnail("png", 300, 900, ContentTypes.PNG, 120).orElseThrow();

    assertThat(thumbnail.width()).isEqualTo(40);
    assertThat(thumbnail.height()).isEqualTo(120);
    assertThat(thumbnail.contentType()).isEqualTo("image/png");
    assertThat(decoded(thumbnail).getColorModel().hasAlpha()).isTrue();
  }

  @Test
  void aLargePhotoIsReadSubsampled() throws IOException {
    Thumbnail thumbnail = thumbnail("jpg", 4000, 3000, ContentTypes.JPEG, 64).orElseThrow();

    assertThat(thumbnail.width()).isEqualTo(64);
    assertThat(thumbnail.height()).isEqualTo(48);
  }

  @Test
  void aSmallImageIsNotEnlarged() throws IOException {
    Thumbnail thumbnail = thumbnail("gif", 100, 50, ContentTypes.GIF, 240).orElseThrow();

    assertThat(thumbnail.width()).isEqualTo(100);
    assertThat(thumbnail.height()).isEqualTo(50);
  }

  @Test
  void webpDocumentsAndDamagedImagesGetNone() throws IOException {
    Path webp = directory.resolve("a.webp");
    Files.write(webp, TestFiles.webp());
    assertThat(maker.make(webp, new DetectedType(ContentTypes.WEBP, "webp"), 240)).isEmpty();

    Path pdf = directory.resolve("a.pdf");
    Files.write(pdf, TestFiles.pdf());
    assertThat(maker.make(pdf, new DetectedType(ContentTypes.PDF, "pdf"), 240)).isEmpty();

    byte[] jpeg = TestFiles.image("jpg", 200, 200);
    Path damaged = directory.resolve("damaged.jpg");
    Files.write(damaged, java.util.Arrays.copyOf(jpeg, 20));
    assertThat(maker.make(damaged, new DetectedType(ContentTypes.JPEG, "jpg"), 240)).isEmpty();
  }

  @Test
  void targetSizesRoundAndNeverReachZero() {
    assertThat(ThumbnailMaker.targetSize(1000, 3, 240)).containsExactly(240, 1);
    assertThat(ThumbnailMaker.targetSize(333, 1000, 100)).containsExactly(33, 100);
    assertThat(ThumbnailMaker.targetSize(240, 240, 240)).containsExactly(240, 240);
  }
}
