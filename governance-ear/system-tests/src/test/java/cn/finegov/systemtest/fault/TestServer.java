package cn.finegov.systemtest.fault;

import static org.awaitility.Awaitility.await;

import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.TestEnvironment;
import cn.finegov.systemtest.hotline.HotlineSimulators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The test domain as the fault tests drive it, outside Arquillian: started, deployed to, killed
 * with SIGKILL, restarted and stopped with asadmin, as an operator would. The fault test classes
 * share one start and deployment (registered on each class with
 * {@code @ExtendWith(TestServer.class)}): the first class starts the domain and deploys, the end of
 * the test run undeploys and stops it; each test leaves the server running after its restart.
 */
final class TestServer implements BeforeAllCallback {

  private static final String DOMAIN = "governance-test";
  private static final String ADMIN_PORT = "28048";

  /** Starts and deploys for the first fault test class of the run; the others find it running. */
  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(TestServer.class))
        .getOrComputeIfAbsent(
            "running",
            key -> {
              try {
                startAndDeploy();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
              }
              // Closed by JUnit when the whole run ends.
              return (AutoCloseable) TestServer::undeployAndStop;
            });
  }

  /** Starts the domain and deploys the EAR the build made; returns once the suite is ready. */
  private static void startAndDeploy() throws IOException, InterruptedException {
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

  private static void undeployAndStop() throws IOException, InterruptedException {
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
