package cn.finegov.simulators.egov;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * The platform's SFTP server: one account (password login), a root directory the account sees as
 * {@code /}, a host key kept in {@code <root>/../egov-hostkey.ser} so that it stays the same across
 * restarts.
 */
public final class EgovSftpServer implements AutoCloseable {

  private final SshServer server;
  private final Path root;

  private EgovSftpServer(SshServer server, Path root) {
    this.server = server;
    this.root = root;
  }

  /**
   * Starts the server on loopback.
   *
   * @param port the port, 0 for any free one
   */
  public static EgovSftpServer start(int port, String user, String password, Path root) {
    try {
      Files.createDirectories(root);
      SshServer server = SshServer.setUpDefaultServer();
      server.setHost("127.0.0.1");
      server.setPort(port);
      Path hostKey = root.toAbsolutePath().getParent().resolve("egov-hostkey.ser");
      server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(hostKey));
      server.setPasswordAuthenticator(
          (name, secret, session) -> user.equals(name) && password.equals(secret));
      server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
      server.setFileSystemFactory(new VirtualFileSystemFactory(root.toAbsolutePath()));
      server.start();
      return new EgovSftpServer(server, root);
    } catch (IOException e) {
      throw new UncheckedIOException("The SFTP server cannot start on port " + port, e);
    }
  }

  public int port() {
    return server.getPort();
  }

  public Path root() {
    return root;
  }

  @Override
  public void close() {
    try {
      server.stop(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
