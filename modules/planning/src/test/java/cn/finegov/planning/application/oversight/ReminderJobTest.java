package cn.finegov.planning.application.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.Startup;
import org.junit.jupiter.api.Test;

class ReminderJobTest {

  /**
   * A timer job starts with the deployment: a lazy singleton created by its first timeout while the
   * EAR is being removed leaves the module half stopped (see the grid module's CaseEscalationJob).
   */
  @Test
  void theReminderJobStartsWithTheDeployment() {
    assertThat(ReminderJob.class.isAnnotationPresent(Startup.class)).isTrue();
  }
}
