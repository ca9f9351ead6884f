package cn.finegov.kernel.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Reads every {@code *.properties} file (UTF-8) of the directory named by the system property or
 * environment variable {@code governance.config.dir} / {@code GOVERNANCE_CONFIG_DIR}, in file-name
 * order, later files winning. Its ordinal is 250: above the defaults packaged in the application
 * (100), below environment variables (300) and system properties (400), so an administrator can
 * still override one value with {@code asadmin create-system-properties}. Files are read again when
 * they change.
 */
public class DirectoryConfigSource implements ConfigSource {

  public static final String DIRECTORY_PROPERTY = "governance.config.dir";
  public static final String DIRECTORY_VARIABLE = "GOVERNANCE_CONFIG_DIR";
  static final int ORDINAL = 250;
  private static final long RECHECK_MILLIS = 5_000;
  private static final Logger LOG = Logger.getLogger(DirectoryConfigSource.class.getName());

  private final Path directory;
  private volatile Map<String, String> values = Map.of();
  private volatile long stamp = Long.MIN_VALUE;
  private volatile long checkedAt;

  public DirectoryConfigSource() {
    this(configuredDirectory());
  }

  DirectoryConfigSource(Path directory) {
    this.directory = directory;
    reload();
  }

  private static Path configuredDirectory() {
    String dir = System.getProperty(DIRECTORY_PROPERTY);
    if (dir == null || dir.isBlank()) {
      dir = System.getenv(DIRECTORY_VARIABLE);
    }
    return dir == null || dir.isBlank() ? null : Path.of(dir);
  }

  @Override
  public Set<String> getPropertyNames() {
    return current().keySet();
  }

  @Override
  public Map<String, String> getProperties() {
    return current();
  }

  @Override
  public String getValue(String propertyName) {
    return current().get(propertyName);
  }

  @Override
  public String getName() {
    return "governance-config-directory:" + directory;
  }

  @Override
  public int getOrdinal() {
    return ORDINAL;
  }

  private Map<String, String> current() {
    long now = System.currentTimeMillis();
    if (now - checkedAt > RECHECK_MILLIS) {
      checkedAt = now;
      if (stamp != stampOf(files())) {
        reload();
      }
    }
    return values;
  }

  private synchronized void reload() {
    List<Path> files = files();
    Map<String, String> loaded = new HashMap<>();
    for (Path file : files) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Configuration file " + file + " cannot be read; it is ignored", e);
        continue;
      }
      properties.forEach((key, value) -> loaded.put(key.toString(), value.toString().strip()));
    }
    values = Collections.unmodifiableMap(loaded);
    stamp = stampOf(files);
    checkedAt = System.currentTimeMillis();
  }

  private List<Path> files() {
    List<Path> files = new ArrayList<>();
    if (directory == null || !Files.isDirectory(directory)) {
      return files;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.properties")) {
      stream.forEach(files::add);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Configuration directory " + directory + " cannot be listed", e);
    }
    files.sort(null);
    return files;
  }

  private static long stampOf(List<Path> files) {
    long result = files.size();
    for (Path file : files) {
      try {
        result = 31 * result + Files.getLastModifiedTime(file).toMillis() + file.hashCode();
      } catch (IOException e) {
        result = 31 * result;
      }
    }
    return result;
  }
}
