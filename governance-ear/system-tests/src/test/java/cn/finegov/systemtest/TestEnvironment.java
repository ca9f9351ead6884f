package cn.finegov.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/** Where the test domain and its data live, as the Maven build passes them to the tests. */
public final class TestEnvironment {

  private TestEnvironment() {}

  /** A TCP port nobody listens on right now (for a peer the test starts later, or never). */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Payara Server installation of the system tests. */
  public static Path payaraHome() {
    return Path.of(System.getProperty("payara.home", "target/payara6"));
  }

  /** The test domain's directory. */
  public static Path domain() {
    return payaraHome().resolve("glassfish/domains/governance-test");
  }

  /** The exchange directory where the e-government platform drops its directory files. */
  public static Path orgSyncExchange() {
    return Path.of(
        System.getProperty("governance.test.var", "target/test-var"),
        "exchange",
        "egov",
        "orgsync");
  }
}
