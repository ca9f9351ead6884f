package cn.finegov.systemtest;

import java.nio.file.Path;

/** Where the test domain and its data live, as the Maven build passes them to the tests. */
public final class TestEnvironment {

  private TestEnvironment() {}

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
