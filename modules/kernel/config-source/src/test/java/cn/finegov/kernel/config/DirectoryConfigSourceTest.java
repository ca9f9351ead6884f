package cn.finegov.kernel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryConfigSourceTest {

  @TempDir Path directory;

  private Path write(String fileName, String content) throws IOException {
    return Files.writeString(directory.resolve(fileName), content, StandardCharsets.UTF_8);
  }

  /**
   * Lets the next read check the files again, as if the recheck interval had passed: the source
   * looks at the files at most every five seconds, and a test should not wait that long.
   */
  private static void recheckInterval(DirectoryConfigSource source, long millisAgo) {
    try {
      Field checkedAt = DirectoryConfigSource.class.getDeclaredField("checkedAt");
      checkedAt.setAccessible(true);
      checkedAt.setLong(source, System.currentTimeMillis() - millisAgo);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void everyPropertiesFileOfTheDirectoryIsRead() throws IOException {
    write("database.properties", "governance.db.url=jdbc:postgresql://db/governance\n");
    write("egov.properties", "egov.endpoint=https://egov.example/api\negov.enabled=true\n");

    DirectoryConfigSource source = new DirectoryConfigSource(directory);

    assertThat(source.getProperties())
        .containsOnly(
            entry("governance.db.url", "jdbc:postgresql://db/governance"),
            entry("egov.endpoint", "https://egov.example/api"),
            entry("egov.enabled", "true"));
    assertThat(source.getValue("egov.enabled")).isEqualTo("true");
    assertThat(source.getValue("nothing.here")).isNull();
    assertThat(source.getPropertyNames())
        .containsExactlyInAnyOrder("governance.db.url", "egov.endpoint", "egov.enabled");
  }

  @Test
  void otherFilesAreIgnored() throws IOException {
    write("app.properties", "a=1\n");
    write("notes.txt", "b=2\n");
    write("app.properties.bak", "a=old\n");
    Files.createDirectory(directory.resolve("sub"));
    Files.writeString(directory.resolve("sub/nested.properties"), "c=3\n");

    DirectoryConfigSource source = new DirectoryConfigSource(directory);

    assertThat(source.getProperties()).containsOnly(entry("a", "1"));
  }

  @Test
  void laterFilesInFileNameOrderWin() throws IOException {
    write("50-site.properties", "mode=site\nonly.site=s\n");
    write("10-defaults.properties", "mode=default\nonly.defaults=d\n");
    write("90-local.properties", "mode=local\n");

    DirectoryConfigSource source = new DirectoryConfigSource(directory);

    assertThat(source.getValue("mode")).isEqualTo("local");
    assertThat(source.getValue("only.defaults")).isEqualTo("d");
    assertThat(source.getValue("only.site")).isEqualTo("s");
  }

  @Test
  void filesAreReadAsUtf8() throws IOException {
    write("names.properties", "app.title=城市精细化治理平台\nunit.name = 望江街道 \n");

    DirectoryConfigSource source = new DirectoryConfigSource(directory);

    assertThat(source.getValue("app.title")).isEqualTo("城市精细化治理平台");
    assertThat(source.getValue("unit.name")).isEqualTo("望江街道");
  }

  @Test
  void theOrdinalSitsBetweenPackagedDefaultsAndEnvironmentVariables() throws IOException {
    DirectoryConfigSource source = new DirectoryConfigSource(directory);
    assertThat(source.getOrdinal()).isEqualTo(250).isGreaterThan(100).isLessThan(300);
  }

  @Test
  void theNameShowsTheDirectory() {
    assertThat(new DirectoryConfigSource(directory).getName())
        .isEqualTo("governance-config-directory:" + directory);
  }

  @Test
  void aMissingDirectoryGivesNoProperties() {
    DirectoryConfigSource source = new DirectoryConfigSource(directory.resolve("absent"));
    assertThat(source.getProperties()).isEmpty();
    assertThat(source.getPropertyNames()).isEmpty();
    assertThat(source.getValue("anything")).isNull();
  }

  @Test
  void noDirectoryGivesNoProperties() {
    DirectoryConfigSource source = new DirectoryConfigSource(null);
    assertThat(source.getProperties()).isEmpty();
  }

  @Test
  void aDirectoryThatAppearsLaterIsPickedUp() throws IOException {
    Path later = directory.resolve("later");
    DirectoryConfigSource source = new DirectoryConfigSource(later);
    assertThat(source.getProperties()).isEmpty();

    Files.createDirectory(later);
    Files.writeString(later.resolve("app.properties"), "a=1\n");
    recheckInterval(source, 10_000);

    assertThat(source.getValue("a")).isEqualTo("1");
  }

  @Test
  void theReturnedPropertiesCannotBeChanged() throws IOException {
    write("app.properties", "a=1\n");
    DirectoryConfigSource source = new DirectoryConfigSource(directory);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> source.getProperties().put("a", "2"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aChangedFileIsReadAgainOnceTheRecheckIntervalHasPassed() throws IOException {
    Path file = write("app.properties", "greeting=old\n");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    DirectoryConfigSource source = new DirectoryConfigSource(directory);
    assertThat(source.getValue("greeting")).isEqualTo("old");

    write("app.properties", "greeting=new\nadded=yes\n");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:01:00Z")));
    recheckInterval(source, 10_000);

    assertThat(source.getValue("greeting")).isEqualTo("new");
    assertThat(source.getValue("added")).isEqualTo("yes");
  }

  @Test
  void aChangeIsNotLookedForBeforeTheRecheckIntervalHasPassed() throws IOException {
    Path file = write("app.properties", "greeting=old\n");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    DirectoryConfigSource source = new DirectoryConfigSource(directory);

    write("app.properties", "greeting=new\n");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:01:00Z")));
    // Just checked, with a minute of margin so that a slow machine cannot make this flaky.
    recheckInterval(source, -60_000);

    assertThat(source.getValue("greeting")).isEqualTo("old");
  }

  @Test
  void addedAndRemovedFilesAreNoticed() throws IOException {
    Path first = write("10-a.properties", "a=1\n");
    DirectoryConfigSource source = new DirectoryConfigSource(directory);

    write("20-b.properties", "b=2\n");
    recheckInterval(source, 10_000);
    assertThat(source.getProperties()).containsOnly(entry("a", "1"), entry("b", "2"));

    Files.delete(first);
    recheckInterval(source, 10_000);
    assertThat(source.getProperties()).containsOnly(entry("b", "2"));
  }

  @Test
  void anUnchangedDirectoryKeepsTheValuesAlreadyRead() throws IOException {
    write("app.properties", "a=1\n");
    DirectoryConfigSource source = new DirectoryConfigSource(directory);
    var before = source.getProperties();

    recheckInterval(source, 10_000);

    assertThat(source.getProperties()).isSameAs(before);
  }
}
