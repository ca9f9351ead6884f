package cn.finegov.integration.runtime.interfaces.web;

import cn.finegov.integration.runtime.deadletter.DeadLetterService;
import cn.finegov.integration.runtime.status.RouteStatusService;
import cn.finegov.integration.runtime.status.RouteView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The routes screen and the integration card of the dashboard. */
@Named("routes")
@RequestScoped
public class RoutesBean {

  @Inject private RouteStatusService status;
  @Inject private DeadLetterService deadLetters;

  private List<RouteView> routes;

  public List<RouteView> getRoutes() {
    if (routes == null) {
      routes = status.routes();
    }
    return routes;
  }

  public String getContextStatus() {
    return status.contextStatus();
  }

  public long getStartedCount() {
    return getRoutes().stream().filter(RouteView::isStarted).count();
  }

  public long getOpenDeadLetters() {
    return deadLetters.countOpen();
  }

  /** Uptime as hours and minutes. */
  public String uptime(long millis) {
    long minutes = millis / 60_000;
    return String.format("%d:%02d", minutes / 60, minutes % 60);
  }
}
