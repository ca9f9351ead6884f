package cn.finegov.systemtest.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Reporting cases and taking steps on them through the REST API, for the grid system tests. */
public final class GridCases {

  /** A street lamp (路灯): default unit 990102-CG, where the demo user handler works. */
  public static final String STREET_LAMP = "C0109";

  /** The demo handler's unit. */
  public static final String CITY_MANAGEMENT = "990102-CG";

  private static final AtomicInteger PLACES = new AtomicInteger();

  private GridCases() {}

  /**
   * A place no other report of a run is near (a few hundred metres apart, outside the demo grids),
   * so that the duplicate check stays out of the way unless a test wants it.
   */
  public static double[] freshPlace() {
    int n = PLACES.incrementAndGet();
    long run = System.currentTimeMillis() % 100_000;
    return new double[] {31.0 + (run % 300) * 0.01 + n * 0.004, 121.0 + (run / 300) * 0.003};
  }

  /** The report body. */
  public static String report(String clientId, String category, double[] place, String text) {
    return Api.json(
        "clientId",
        clientId,
        "category",
        category,
        "latitude",
        Json.createValue(place[0]),
        "longitude",
        Json.createValue(place[1]),
        "address",
        "江城市滨江区测试路" + Math.abs(text.hashCode() % 100) + "号",
        "description",
        text);
  }

  /** Reports a street lamp case as {@code user} and returns its number. */
  public static String reportAs(String user) {
    Reply reply =
        Api.as(user)
            .post(
                "/grid/cases",
                report(UUID.randomUUID().toString(), STREET_LAMP, freshPlace(), "路灯不亮"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getJsonObject("summary").getString("number");
  }

  /** Takes a step that must succeed; returns the case. */
  public static JsonObject step(String user, String number, String action, Object... more) {
    Object[] pairs = new Object[more.length + 2];
    pairs[0] = "action";
    pairs[1] = action;
    System.arraycopy(more, 0, pairs, 2, more.length);
    Reply reply = Api.as(user).post("/grid/cases/" + number + "/actions", Api.json(pairs));
    assertThat(reply.status()).as(action + " by " + user + ": " + reply).isEqualTo(200);
    return reply.json();
  }

  /** A step's reply, whatever it is. */
  public static Reply tryStep(String user, String number, String action, Object... more) {
    Object[] pairs = new Object[more.length + 2];
    pairs[0] = "action";
    pairs[1] = action;
    System.arraycopy(more, 0, pairs, 2, more.length);
    return Api.as(user).post("/grid/cases/" + number + "/actions", Api.json(pairs));
  }

  /** The state of a case in a reply. */
  public static String state(JsonObject detail) {
    return detail.getJsonObject("summary").getString("state");
  }

  /** Files a fresh case and dispatches it to the demo handler's unit. */
  public static String dispatchedToHandler() {
    String number = reportAs("gridworker");
    step("clerk", number, "FILE");
    step("dispatcher", number, "DISPATCH", "unitCode", CITY_MANAGEMENT);
    return number;
  }
}
