package cn.finegov.kernel.infrastructure.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.attachment.AttachmentRejectedException;
import cn.finegov.kernel.domain.model.attachment.AttachmentRules;
import cn.finegov.kernel.domain.model.attachment.AttachmentStorage.Staged;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemAttachmentStorageTest {

  @TempDir Path root;

  private FileSystemAttachmentStorage storage() {
    return new FileSystemAttachmentStorage(root);
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(7).nextBytes(bytes);
    return bytes;
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void aReceivedFileIsCountedAndHashedWhileItStreamsIn() throws Exception {
    byte[] content = random(300_000);

    Staged staged =
        storage()
            .receive(new ByteArrayInputStream(content), AttachmentRules.of(1 << 20, List.of()));

    assertThat(staged.size()).isEqualTo(content.length);
    assertThat(staged.sha256()).isEqualTo(sha256(content)).hasSize(64);
    assertThat(Files.readAllBytes(staged.path())).isEqualTo(content);
  }

  @Test
  void theKnownSha256OfAKnownText() throws IOException {
    Staged staged =
        storage()
            .receive(new ByteArrayInputStream("abc".getBytes()), AttachmentRules.of(10, List.of()));
    assertThat(staged.sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void anUploadOverTheLimitStopsAndLeavesNothingBehind() throws IOException {
    int[] read = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            read[0]++;
            return 'x';
          }

          @Override
          public int read(byte[] buffer, int offset, int length) {
            read[0] += length;
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'x');
            return length;
          }
        };

    assertThatThrownBy(() -> storage().receive(endless, AttachmentRules.of(100_000, List.of())))
        .isInstanceOf(AttachmentRejectedException.class);
    assertThat(read[0]).isLessThan(100_000 + 2 * 65_536);
    try (Stream<Path> staging = Files.list(root.resolve(".staging"))) {
      assertThat(staging).isEmpty();
    }
  }

  @Test
  void exactlyTheLimitIsAccepted() throws IOException {
    Staged staged =
        storage()
            .receive(new ByteArrayInputStream(random(1000)), AttachmentRules.of(1000, List.of()));
    assertThat(staged.size()).isEqualTo(1000);
  }

  @Test
  void aKeptFileLivesUnderAKeyMadeByTheStore() throws IOException {
    FileSystemAttachmentStorage storage = storage();
    byte[] content = random(5000);
    Staged staged =
        storage.receive(new ByteArrayInputStream(content), AttachmentRules.of(1 << 20, List.of()));

    String key = storage.keep(staged);
    storage.keepThumbnail(key, new byte[] {1, 2, 3});

    assertThat(key).matches("\\d{4}/\\d{2}/[0-9a-f-]{36}");
    assertThat(staged.path()).doesNotExist();
    assertThat(storage.file(key))
        .hasValueSatisfying(p -> assertThat(p).startsWith(root).hasBinaryContent(content));
    assertThat(storage.thumbnail(key)).isPresent();

    storage.delete(key);

    assertThat(storage.file(key)).isEmpty();
    assertThat(storage.thumbnail(key)).isEmpty();
    storage.delete(key);
  }

  @Test
  void keysFromElsewhereAreRefusedBeforeAnyFileIsTouched() {
    FileSystemAttachmentStorage storage = storage();
    assertThatThrownBy(() -> storage.file("../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> storage.delete("2026/01/../../x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDiscardedUploadIsGone() throws IOException {
    FileSystemAttachmentStorage storage = storage();
    Staged staged =
        storage.receive(new ByteArrayInputStream(random(10)), AttachmentRules.of(100, List.of()));
    storage.discard(staged);
    assertThat(staged.path()).doesNotExist();
  }
}
