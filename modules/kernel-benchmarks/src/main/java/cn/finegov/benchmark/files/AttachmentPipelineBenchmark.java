package cn.finegov.benchmark.files;

import cn.finegov.kernel.domain.model.attachment.AttachmentRules;
import cn.finegov.kernel.domain.model.attachment.AttachmentStorage;
import cn.finegov.kernel.domain.model.attachment.ContentTypeDetector;
import cn.finegov.kernel.domain.model.attachment.ContentTypes;
import cn.finegov.kernel.domain.model.attachment.DetectedType;
import cn.finegov.kernel.domain.model.attachment.Thumbnails;
import cn.finegov.kernel.infrastructure.files.FileSystemAttachmentStorage;
import cn.finegov.kernel.infrastructure.files.ThumbnailMaker;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an upload costs the server besides the network: receiving a 20 MB stream into a staging file
 * with its SHA-256, detecting the type of a photo, a Word document and 1 MB of text, and making the
 * thumbnail of a 12-megapixel JPEG photo.
 *
 * <pre>java -jar modules/kernel-benchmarks/target/benchmarks.jar AttachmentPipelineBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class AttachmentPipelineBenchmark {

  private static final int STREAM_BYTES = 20 * 1024 * 1024;

  private Path directory;
  private Path photo;
  private Path docx;
  private Path text;
  private byte[] stream;
  private FileSystemAttachmentStorage storage;
  private final ContentTypeDetector detector = new ContentTypeDetector();
  private final Thumbnails thumbnails = new ThumbnailMaker();
  private final AttachmentRules rules = AttachmentRules.of(STREAM_BYTES, List.of());

  @Setup(Level.Trial)
  public void files() throws IOException {
    directory = Files.createTempDirectory("attachment-benchmark");
    storage = new FileSystemAttachmentStorage(directory.resolve("store"));
    photo = directory.resolve("photo.jpg");
    BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setPaint(new GradientPaint(0, 0, Color.BLUE, 4000, 3000, Color.ORANGE));
    graphics.fillRect(0, 0, 4000, 3000);
    graphics.dispose();
    ImageIO.write(image, "jpg", photo.toFile());
    docx = directory.resolve("report.docx");
    try (OutputStream out = Files.newOutputStream(docx);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                  + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".repeat(20_000).getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    text = directory.resolve("notes.txt");
    StringBuilder lines = new StringBuilder();
    while (lines.length() < 350_000) {
      lines.append("望江社区第 3 网格巡查记录：井盖缺失，已上报。\n");
    }
    Files.writeString(text, lines, StandardCharsets.UTF_8);
    stream = new byte[STREAM_BYTES];
    new Random(1).nextBytes(stream);
  }

  @TearDown(Level.Trial)
  public void remove() throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @Benchmark
  public AttachmentStorage.Staged receive20MegabytesWithSha256() throws IOException {
    try (InputStream in = new java.io.ByteArrayInputStream(stream)) {
      AttachmentStorage.Staged staged = storage.receive(in, rules);
      storage.discard(staged);
      return staged;
    }
  }

  @Benchmark
  public DetectedType detectJpegPhoto() throws IOException {
    return detector.detect(photo);
  }

  @Benchmark
  public DetectedType detectWordDocument() throws IOException {
    return detector.detect(docx);
  }

  @Benchmark
  public DetectedType detectOneMegabyteOfText() throws IOException {
    return detector.detect(text);
  }

  @Benchmark
  public Optional<Thumbnails.Thumbnail> thumbnailOf12MegapixelPhoto() {
    return thumbnails.make(photo, new DetectedType(ContentTypes.JPEG, "jpg"), 240);
  }
}
