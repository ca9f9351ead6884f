package cn.finegov.kernel.infrastructure.files;

import cn.finegov.kernel.domain.model.attachment.AttachmentRules;
import cn.finegov.kernel.domain.model.attachment.AttachmentStorage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keeps attachment bytes as files below one directory: {@code yyyy/MM/<uuid>} for the content and
 * {@code <uuid>.thumb} beside it for a thumbnail, staging files in {@code .staging}. The directory
 * is the MicroProfile Config property {@code governance.attachments.dir}; without it, {@code
 * governance/attachments} below the Payara instance directory. Storage keys are made here, never
 * taken from clients, and checked before any file is touched.
 */
@ApplicationScoped
public class FileSystemAttachmentStorage implements AttachmentStorage {

  /** The configuration property naming the directory. */
  public static final String DIRECTORY_PROPERTY = "governance.attachments.dir";

  private static final Logger LOG = Logger.getLogger(FileSystemAttachmentStorage.class.getName());
  private static final Pattern KEY = Pattern.compile("\\d{4}/\\d{2}/[0-9a-f-]{36}");
  private static final int BUFFER = 64 * 1024;

  private Path root;

  /** For CDI. */
  public FileSystemAttachmentStorage() {}

  /** A store below {@code root} (tests). */
  public FileSystemAttachmentStorage(Path root) {
    this.root = root;
  }

  @PostConstruct
  void init() {
    root = configuredRoot();
    LOG.info(() -> "Attachments are stored below " + root);
  }

  static Path configuredRoot() {
    Optional<String> configured =
        ConfigProvider.getConfig().getOptionalValue(DIRECTORY_PROPERTY, String.class);
    if (configured.isPresent() && !configured.get().isBlank()) {
      return Path.of(configured.get().strip()).toAbsolutePath().normalize();
    }
    String instance = System.getProperty("com.sun.aas.instanceRoot");
    Path base =
        instance != null ? Path.of(instance) : Path.of(System.getProperty("java.io.tmpdir"));
    return base.resolve("governance").resolve("attachments").toAbsolutePath().normalize();
  }

  /** The directory below which the files are. */
  public Path root() {
    return root;
  }

  @Override
  public Staged receive(InputStream content, AttachmentRules rules) throws IOException {
    Path staging = directory(root.resolve(".staging"));
    Path file = Files.createTempFile(staging, "upload-", ".part");
    MessageDigest digest = sha256();
    long size = 0;
    boolean complete = false;
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[BUFFER];
      int read;
      while ((read = content.read(buffer)) >= 0) {
        size += read;
        if (size > rules.maxBytes()) {
          throw rules.tooLarge();
        }
        digest.update(buffer, 0, read);
        out.write(buffer, 0, read);
      }
      complete = true;
    } finally {
      if (!complete) {
        Files.deleteIfExists(file);
      }
    }
    return new Staged(file, size, HexFormat.of().formatHex(digest.digest()));
  }

  @Override
  public String keep(Staged staged) throws IOException {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String key =
        String.format(
            "%04d/%02d/%s", today.getYear(), today.getMonthValue(), UUID.randomUUID().toString());
    Path target = resolve(key);
    directory(target.getParent());
    try {
      Files.move(staged.path(), target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(staged.path(), target);
    }
    return key;
  }

  @Override
  public void keepThumbnail(String key, byte[] thumbnail) throws IOException {
    Files.write(thumbnailPath(key), thumbnail);
  }

  @Override
  public void discard(Staged staged) {
    try {
      Files.deleteIfExists(staged.path());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "A refused upload's staging file could not be deleted", e);
    }
  }

  @Override
  public Optional<Path> file(String key) {
    Path file = resolve(key);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  @Override
  public Optional<Path> thumbnail(String key) {
    Path file = thumbnailPath(key);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  @Override
  public void delete(String key) {
    try {
      Files.deleteIfExists(resolve(key));
      Files.deleteIfExists(thumbnailPath(key));
    } catch (IOException e) {
      throw new UncheckedIOException("attachment file " + key + " could not be deleted", e);
    }
  }

  private Path thumbnailPath(String key) {
    Path file = resolve(key);
    return file.resolveSibling(file.getFileName() + ".thumb");
  }

  private Path resolve(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a storage key: " + key);
    }
    return root.resolve(key);
  }

  /** Creates a directory (readable by the server's user only, where the file system can say so). */
  private static Path directory(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      return directory;
    }
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createDirectories(
          directory,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectories(directory);
    }
    return directory;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
