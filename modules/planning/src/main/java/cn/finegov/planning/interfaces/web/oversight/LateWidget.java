package cn.finegov.planning.interfaces.web.oversight;

import cn.finegov.planning.application.oversight.OversightService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The dashboard card "who is late" within the reader's reach: units late with their plan in the
 * running cycle, units late with anything, and tasks past their deadline.
 */
@Named("planningLateWidget")
@RequestScoped
public class LateWidget {

  @Inject OversightService oversight;

  private Map<String, Integer> summary;

  private Map<String, Integer> summary() {
    if (summary == null) {
      summary = oversight.summary();
    }
    return summary;
  }

  public int getLatePlans() {
    return summary().get("latePlans");
  }

  public int getLateUnits() {
    return summary().get("lateUnits");
  }

  public int getOverdueTasks() {
    return summary().get("overdueTasks");
  }

  public int getPlanYear() {
    return summary().get("planYear");
  }
}
