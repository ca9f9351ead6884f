package cn.finegov.integration.runtime.status;

import cn.finegov.integration.runtime.camel.CamelRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.api.management.ManagedCamelContext;
import org.apache.camel.api.management.mbean.ManagedRouteMBean;

/** Reads the status and counters of the running routes from Camel's management layer. */
@ApplicationScoped
public class RouteStatusService {

  @Inject private CamelRuntime runtime;

  public String contextStatus() {
    return runtime.context().getStatus().name();
  }

  public List<RouteView> routes() {
    CamelContext context = runtime.context();
    ManagedCamelContext managed =
        context.getCamelContextExtension().getContextPlugin(ManagedCamelContext.class);
    Map<String, List<String>> byModule = runtime.routesByModule();
    List<RouteView> views = new ArrayList<>();
    for (Route route : context.getRoutes()) {
      String id = route.getRouteId();
      String module =
          byModule.entrySet().stream()
              .filter(entry -> entry.getValue().contains(id))
              .map(Map.Entry::getKey)
              .findFirst()
              .orElse("");
      ManagedRouteMBean mbean = managed == null ? null : managed.getManagedRoute(id);
      String status = context.getRouteController().getRouteStatus(id).name();
      if (mbean == null) {
        views.add(
            new RouteView(
                id, module, route.getEndpoint().getEndpointUri(), status, 0, 0, 0, 0, null));
        continue;
      }
      Date last = mbean.getLastExchangeCompletedTimestamp();
      views.add(
          new RouteView(
              id,
              module,
              route.getEndpoint().getEndpointUri(),
              status,
              mbean.getUptimeMillis(),
              mbean.getExchangesTotal(),
              mbean.getExchangesFailed() + mbean.getFailuresHandled(),
              mbean.getExchangesInflight(),
              last == null ? null : last.toInstant()));
    }
    views.sort(Comparator.comparing(RouteView::module).thenComparing(RouteView::routeId));
    return views;
  }
}
