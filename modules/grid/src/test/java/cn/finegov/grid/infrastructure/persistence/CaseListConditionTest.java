package cn.finegov.grid.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.grid.domain.model.gridcase.CaseDuty;
import cn.finegov.grid.domain.model.gridcase.CaseFilter;
import cn.finegov.grid.domain.model.gridcase.CaseState;
import cn.finegov.grid.domain.model.gridcase.GridCaseRepository.Reach;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The condition of the case lists names its states in the JPQL text, never as parameters: a
 * statement with the states as parameters gets PostgreSQL's generic plan once it has run a few
 * times, and that plan scans the whole table for a dispatcher's tasks.
 */
class CaseListConditionTest {

  private static final String STATE = CaseState.class.getName() + ".";

  /** The inbox filter of a reader with these duties. */
  private static CaseFilter tasks(Map<CaseDuty, Set<CaseState>> duties) {
    return new CaseFilter(null, null, null, null, false, false, null, duties, null);
  }

  @Test
  void aCityWideDispatchersTasksAreTheirStatesAndNothingElse() {
    CaseFilter tasks = tasks(Map.of(CaseDuty.DISPATCH, CaseDuty.DISPATCH.inboxStates()));

    JpaGridCaseRepository.Query query =
        JpaGridCaseRepository.where(tasks, new Reach(null, List.of(), "dispatcher"));

    assertThat(query.text())
        .isEqualTo(
            "(c.state in ("
                + STATE
                + "FILED, "
                + STATE
                + "RETURNED, "
                + STATE
                + "POSTPONEMENT_REQUESTED, "
                + STATE
                + "REOPENED))")
        .doesNotContain("1 = 1");
    assertThat(query.parameters()).isEmpty();
  }

  @Test
  void aUnitsTasksKeepTheReachAsAParameter() {
    CaseFilter tasks = tasks(Map.of(CaseDuty.HANDLE, Set.of(CaseState.SIGNED)));

    JpaGridCaseRepository.Query query =
        JpaGridCaseRepository.where(tasks, new Reach(Set.of("990102-CG"), List.of(), "handler"));

    assertThat(query.text())
        .isEqualTo("((c.state in (" + STATE + "SIGNED) and (c.responsibleUnit in :units)))");
    assertThat(query.parameters()).containsOnlyKeys("units");
  }

  @Test
  void chosenStatesAndOverdueAreWrittenOutToo() {
    CaseFilter filter =
        new CaseFilter(
            Set.of(CaseState.HANDLING), "C0109", null, null, true, false, null, null, null);

    JpaGridCaseRepository.Query query =
        JpaGridCaseRepository.where(filter, new Reach(null, List.of(), "leader"));

    assertThat(query.text()).startsWith("c.state in (" + STATE + "HANDLING) and ");
    assertThat(query.text()).contains("c.stageDueAt < :now and c.state in (" + STATE);
    assertThat(query.parameters()).containsOnlyKeys("kind", "code", "now");
  }
}
