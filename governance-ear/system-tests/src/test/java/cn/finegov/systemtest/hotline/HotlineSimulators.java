package cn.finegov.systemtest.hotline;

import cn.finegov.simulators.hotline.HotlineSettings;
import cn.finegov.simulators.hotline.HotlineSimulator;
import cn.finegov.simulators.hotline.Ticket;
import cn.finegov.systemtest.Api;
import java.time.Duration;

/**
 * The hotline simulator of the system tests: in the test JVM, on the port and with the secret of
 * the test configuration (config/environments/test: hotline.api.url, hotline.secret).
 */
final class HotlineSimulators {

  static final int PORT = 28345;
  static final String SECRET = "hotline-test-secret";

  private HotlineSimulators() {}

  /** A simulator pushing to the test server; return visits only when a test sends one. */
  static HotlineSimulator start() {
    return HotlineSimulator.start(
        HotlineSettings.builder()
            .host("127.0.0.1")
            .port(PORT)
            .secret(SECRET)
            .suiteUrl(Api.server() + "/governance")
            .returnVisitDelay(Duration.ZERO)
            .retry(8, Duration.ofMillis(200), Duration.ofSeconds(2))
            .build());
  }

  /** The ticket with another category and place (a component or event problem). */
  static Ticket as(Ticket t, String category, double latitude, double longitude) {
    return new Ticket(
        t.gdbh(), t.slsj(), t.qd(), t.sqlx(), category, t.jjcd(), t.ldr(), t.dz(), longitude,
        latitude, t.nr(), null, t.blsx());
  }
}
