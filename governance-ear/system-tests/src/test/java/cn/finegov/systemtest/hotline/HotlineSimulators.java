package cn.finegov.systemtest.hotline;

import cn.finegov.simulators.hotline.ExchangeTable;
import cn.finegov.simulators.hotline.HotlineSettings;
import cn.finegov.simulators.hotline.HotlineSimulator;
import cn.finegov.simulators.hotline.Ticket;
import cn.finegov.systemtest.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;

/**
 * The hotline simulator of the system tests: in the test JVM, on the port and with the secret of
 * the test configuration (config/environments/test: hotline.api.url, hotline.secret), its middle
 * database the database {@code governance_hotline_exchange} of the test PostgreSQL
 * (hotline.exchange.*).
 */
public final class HotlineSimulators {

  static final int PORT = 28345;
  static final String SECRET = "hotline-test-secret";

  private static volatile boolean exchangeReady;

  private HotlineSimulators() {}

  /** The middle database as the test domain reaches it (prepare-test-domain.sh). */
  static String exchangeUrl() {
    return "jdbc:postgresql://127.0.0.1:"
        + System.getProperty("governance.test.pg.port", "55432")
        + "/governance_hotline_exchange";
  }

  /**
   * Makes the hotline's exchange table before the suite is deployed, as the hotline's own system
   * would have it: the suite polls the table from its start and must find it.
   */
  public static synchronized void ensureExchangeTable() {
    if (!exchangeReady) {
      ExchangeTable.open(exchangeUrl(), "governance", "governance").close();
      exchangeReady = true;
    }
  }

  /** A simulator pushing to the test server; return visits only when a test sends one. */
  static HotlineSimulator start() {
    return HotlineSimulator.start(settings().build());
  }

  /**
   * A simulator that keeps resending a push for about five minutes while the suite does not answer
   * (a server being restarted), as the real hotline does.
   */
  public static HotlineSimulator startPatient() {
    return HotlineSimulator.start(
        settings().retry(60, Duration.ofMillis(500), Duration.ofSeconds(5)).build());
  }

  private static HotlineSettings.Builder settings() {
    return HotlineSettings.builder()
        .host("127.0.0.1")
        .port(PORT)
        .secret(SECRET)
        .suiteUrl(Api.server() + "/governance")
        .exchange(exchangeUrl(), "governance", "governance")
        .returnVisitDelay(Duration.ZERO)
        .retry(8, Duration.ofMillis(200), Duration.ofSeconds(2));
  }

  /** The ticket with another category and place (a component or event problem). */
  public static Ticket as(Ticket t, String category, Double latitude, Double longitude) {
    return new Ticket(
        t.gdbh(), t.slsj(), t.qd(), t.sqlx(), category, t.jjcd(), t.ldr(), t.dz(), longitude,
        latitude, t.nr(), null, t.blsx());
  }

  /** The lineage links from a ticket (as a business user sees them through REST). */
  static List<JsonObject> derivedFrom(String gdbh) {
    return Api.as("clerk")
        .get("/lineage?module=hotline&type=Ticket&id=" + gdbh)
        .json()
        .getJsonArray("derived")
        .stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }
}
