package cn.finegov.simulators.egov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Vector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator's SFTP server with a real SSH client (JSch, as Camel's SFTP component uses). */
class EgovSftpServerTest {

  private static final String USER = "egov";
  private static final String PASSWORD = "s3cret!";

  @TempDir Path temp;

  private EgovSftpServer server;
  private Session session;

  @AfterEach
  void stop() {
    if (session != null) {
      session.disconnect();
    }
    if (server != null) {
      server.close();
    }
  }

  private Path root() {
    return temp.resolve("root");
  }

  private EgovSftpServer start() {
    server = EgovSftpServer.start(0, USER, PASSWORD, root());
    return server;
  }

  private Session connect(String user, String password) throws JSchException {
    Session connected = new JSch().getSession(user, "127.0.0.1", server.port());
    connected.setPassword(password);
    connected.setConfig("StrictHostKeyChecking", "no");
    connected.setConfig("PreferredAuthentications", "password");
    connected.connect(10_000);
    return connected;
  }

  private ChannelSftp sftp() throws JSchException {
    session = connect(USER, PASSWORD);
    ChannelSftp channel = (ChannelSftp) session.openChannel("sftp");
    channel.connect(10_000);
    return channel;
  }

  @Test
  void theServerListensOnAFreePortOfLoopbackAndCreatesItsRoot() {
    start();

    assertThat(server.port()).isPositive();
    assertThat(server.root()).isEqualTo(root());
    assertThat(root()).isDirectory();
  }

  @Test
  void theAccountLogsInWithItsPasswordAndSeesTheRootAsSlash() throws Exception {
    start();

    ChannelSftp channel = sftp();

    assertThat(session.isConnected()).isTrue();
    assertThat(channel.pwd()).isEqualTo("/");
  }

  @Test
  void aWrongPasswordOrUserIsRefused() {
    start();

    assertThatThrownBy(() -> connect(USER, "wrong"))
        .isInstanceOf(JSchException.class)
        .hasMessageContaining("Auth");
    assertThatThrownBy(() -> connect("intruder", PASSWORD))
        .isInstanceOf(JSchException.class)
        .hasMessageContaining("Auth");
  }

  @Test
  void filesTheClientWritesLandInTheRootDirectory() throws Exception {
    start();
    ChannelSftp channel = sftp();
    byte[] content = "机构代码\r\n990100\r\n".getBytes(Charset.forName("GBK"));

    channel.mkdir("/outbound");
    channel.put(new ByteArrayInputStream(content), "/outbound/reply.csv");

    assertThat(root().resolve("outbound/reply.csv")).hasBinaryContent(content);
  }

  @Test
  void filesPutInTheRootDirectoryAreSeenReadAndMovedByTheClient() throws Exception {
    start();
    DirectoryFile file = DirectoryFile.generatedCity("990100", 1, 1, 1);
    Path written = file.writeTo(root().resolve("inbound"), "directory.csv", StandardCharsets.UTF_8);
    ChannelSftp channel = sftp();

    Vector<ChannelSftp.LsEntry> listing = channel.ls("/inbound");
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    channel.get("/inbound/directory.csv", read);
    channel.mkdir("/inbound/.done");
    channel.rename("/inbound/directory.csv", "/inbound/.done/directory.csv");

    assertThat(listing)
        .extracting(ChannelSftp.LsEntry::getFilename)
        .contains("directory.csv")
        .doesNotContain(".directory.csv.part");
    assertThat(read.toByteArray()).isEqualTo(file.bytes(StandardCharsets.UTF_8));
    assertThat(written).doesNotExist();
    assertThat(root().resolve("inbound/.done/directory.csv")).hasContent(file.text());
  }

  @Test
  void theClientCannotReachFilesOutsideTheRoot() throws Exception {
    start();
    Files.writeString(temp.resolve("outside.txt"), "secret");
    ChannelSftp channel = sftp();

    assertThatThrownBy(() -> channel.get("/../outside.txt", new ByteArrayOutputStream()))
        .isInstanceOf(SftpException.class);
    assertThatThrownBy(() -> channel.get("../outside.txt", new ByteArrayOutputStream()))
        .isInstanceOf(SftpException.class);
    List<String> names = channel.ls("/..").stream().map(ChannelSftp.LsEntry::getFilename).toList();
    assertThat(names).doesNotContain("outside.txt", "root");
  }

  @Test
  void theHostKeyStaysTheSameAcrossRestarts() throws Exception {
    start();
    session = connect(USER, PASSWORD);
    String first = session.getHostKey().getFingerPrint(new JSch());
    session.disconnect();
    server.close();

    server = EgovSftpServer.start(0, USER, PASSWORD, root());
    session = connect(USER, PASSWORD);

    assertThat(session.getHostKey().getFingerPrint(new JSch())).isEqualTo(first);
    assertThat(temp.resolve("egov-hostkey.ser")).exists();
  }
}
