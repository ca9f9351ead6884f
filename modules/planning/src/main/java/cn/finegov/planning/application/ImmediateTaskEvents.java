package cn.finegov.planning.application;

import cn.finegov.planning.api.ImmediateTaskChanged;
import cn.finegov.planning.api.ImmediateTaskChanged.Step;
import cn.finegov.planning.domain.model.task.GovernanceTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Announces the steps of immediate tasks with an external reference ({@link ImmediateTaskChanged}).
 */
@ApplicationScoped
public class ImmediateTaskEvents {

  @Inject Event<ImmediateTaskChanged> changes;

  /**
   * Fires the step when the task is an immediate task with an external reference; nothing
   * otherwise.
   *
   * @param deadlineBefore the task's deadline before the step
   */
  void announce(
      GovernanceTask task,
      Step step,
      LocalDate deadlineBefore,
      LocalDate proposed,
      String text,
      Instant at) {
    if (!task.immediate() || task.externalRef().isEmpty()) {
      return;
    }
    changes.fire(
        new ImmediateTaskChanged(
            task.number().value(),
            task.source().name(),
            task.externalRef().get(),
            step,
            task.lead().code(),
            deadlineBefore,
            proposed,
            text,
            at));
  }
}
