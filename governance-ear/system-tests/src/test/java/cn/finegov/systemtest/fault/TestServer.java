package cn.finegov.systemtest.fault;

import static org.awaitility.Awaitility.await;

import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.TestEnvironment;
import cn.finegov.systemtest.hotline.HotlineSimulators;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The test domain as the fault tests drive it, outside Arquillian: started, deployed to, killed
 * with SIGKILL, restarted and stopped with asadmin, as an operator would.
 */
final class TestServer {

  private static final String DOMAIN = "governance-test";
  private static final String ADMIN_PORT = "28048";

  private TestServer() {}

  /** Starts the domain and deploys the EAR the build made; returns once the suite is ready. */
  static void startAndDeploy() throws IOException, InterruptedException {
    HotlineSimulators.ensureExchangeTable();
    asadmin("start-domain", DOMAIN);
    asadmin(
        "--port",
        ADMIN_PORT,
        "deploy",
        "--force=true",
        "--name",
        "governance",
        System.getProperty("governance.ear"));
    awaitReady();
  }

  static void undeployAndStop() throws IOException, InterruptedException {
    asadmin("--port", ADMIN_PORT, "undeploy", "governance");
    asadmin("stop-domain", DOMAIN);
  }

  /** SIGKILL to the server process: no shutdown hook, no undeployment, no acknowledgement. */
  static void kill() throws IOException {
    long pid =
        Long.parseLong(Files.readString(TestEnvironment.domain().resolve("config/pid")).strip());
    ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
    process.destroyForcibly();
    process.onExit().join();
  }

  /** Starts the domain again after a kill (the EAR is still deployed) and waits until ready. */
  static void restart() throws IOException, InterruptedException {
    asadmin("start-domain", DOMAIN);
    awaitReady();
  }

  private static void awaitReady() {
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(() -> Api.anonymous().getAbsolute(Api.server() + "/health/ready").status() == 200);
  }

  private static void asadmin(String... arguments) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of(TestEnvironment.payaraHome().resolve("bin/asadmin").toString()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed");
    }
  }
}
