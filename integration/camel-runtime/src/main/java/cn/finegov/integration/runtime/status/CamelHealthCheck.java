package cn.finegov.integration.runtime.status;

import cn.finegov.integration.runtime.deadletter.DeadLetterService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the CamelContext and every route of the switched-on modules are started. The data
 * lists each route's status and counters and the number of open dead letters.
 */
@Readiness
@ApplicationScoped
public class CamelHealthCheck implements HealthCheck {

  @Inject private RouteStatusService status;
  @Inject private DeadLetterService deadLetters;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("governance-camel");
    try {
      String context = status.contextStatus();
      boolean up = "Started".equals(context);
      response.withData("context", context);
      for (RouteView route : status.routes()) {
        up &= route.isStarted();
        response.withData(
            "route." + route.routeId(),
            String.format(
                "%s total=%d failed=%d inflight=%d",
                route.status(),
                route.exchangesTotal(),
                route.exchangesFailed(),
                route.exchangesInflight()));
      }
      response.withData("deadLetters.open", deadLetters.countOpen());
      return response.status(up).build();
    } catch (RuntimeException e) {
      return response
          .down()
          .withData("error", e.getClass().getSimpleName() + ": " + e.getMessage())
          .build();
    }
  }
}
