package cn.finegov.integration.runtime.status;

import java.time.Instant;

/**
 * A running route and its counters since it started.
 *
 * @param routeId the route's id
 * @param module the module it belongs to
 * @param endpoint where it consumes from
 * @param status Camel's status (Started, Stopped, Suspended)
 * @param uptimeMillis time since it started
 * @param exchangesTotal exchanges completed or failed
 * @param exchangesFailed exchanges that failed (including those sent to the dead letters)
 * @param exchangesInflight exchanges under way
 * @param lastExchangeAt when the last exchange completed, or {@code null}
 */
public record RouteView(
    String routeId,
    String module,
    String endpoint,
    String status,
    long uptimeMillis,
    long exchangesTotal,
    long exchangesFailed,
    long exchangesInflight,
    Instant lastExchangeAt) {

  public boolean isStarted() {
    return "Started".equals(status);
  }
}
