package cn.finegov.planning.application.oversight;

import cn.finegov.planning.domain.model.plan.PlanRepository.Reach;
import cn.finegov.planning.domain.model.plan.PlanState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the oversight reads and writes in the module's tables (an outbound port). */
public interface OversightQueries {

  /** The state of every plan of a year, by its unit's id. */
  Map<Long, PlanState> planStates(int planYear);

  /** The running tasks with a deadline whose lead unit lies in the reach. */
  List<TaskTiming> runningTasks(Reach reach);

  /** The notices sent before for these due dates. */
  Set<Reminder.Key> sent(Collection<LocalDate> dueDates);

  /**
   * Records a notice as sent.
   *
   * @return {@code false} when it was recorded before (then it is not to be sent again)
   */
  boolean recordSent(Reminder reminder, Instant at);
}
