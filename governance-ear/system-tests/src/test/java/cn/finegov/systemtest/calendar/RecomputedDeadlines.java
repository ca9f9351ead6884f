package cn.finegov.systemtest.calendar;

import cn.finegov.kernel.api.calendar.DeadlineRecomputed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An owner module's view of recomputations, deployed with {@link CalendarDeadlineIT}: remembers
 * every {@link DeadlineRecomputed} it observes.
 */
@ApplicationScoped
public class RecomputedDeadlines {

  static final List<DeadlineRecomputed> SEEN = new CopyOnWriteArrayList<>();

  void observe(@Observes DeadlineRecomputed event) {
    SEEN.add(event);
  }

  static List<DeadlineRecomputed> of(long deadlineId) {
    return SEEN.stream().filter(event -> event.deadline().id() == deadlineId).toList();
  }
}
