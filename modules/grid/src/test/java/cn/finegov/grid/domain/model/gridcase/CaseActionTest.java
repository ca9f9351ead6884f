package cn.finegov.grid.domain.model.gridcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.grid.domain.model.category.CaseStage;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.i18n.MessageKey;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every pair of state and action: the legal ones (written out here, apart from the enum) lead where
 * the workflow of the supervision and command centres says; all others are refused with the state
 * and the action in the message.
 */
class CaseActionTest {

  private static final Map<CaseState, Map<CaseAction, CaseState>> LEGAL =
      new EnumMap<>(CaseState.class);

  private static void legal(CaseState from, CaseAction action, CaseState to) {
    LEGAL.computeIfAbsent(from, s -> new EnumMap<>(CaseAction.class)).put(action, to);
  }

  static {
    legal(CaseState.REPORTED, CaseAction.FILE, CaseState.FILED);
    legal(CaseState.REPORTED, CaseAction.REJECT, CaseState.REJECTED);
    legal(CaseState.REPORTED, CaseAction.CLOSE_ON_SPOT, CaseState.CLOSED);
    legal(CaseState.REPORTED, CaseAction.MERGE, CaseState.MERGED);
    legal(CaseState.FILED, CaseAction.MERGE, CaseState.MERGED);
    legal(CaseState.FILED, CaseAction.DISPATCH, CaseState.DISPATCHED);
    legal(CaseState.RETURNED, CaseAction.DISPATCH, CaseState.DISPATCHED);
    legal(CaseState.RETURNED, CaseAction.ARBITRATE, CaseState.DISPATCHED);
    legal(CaseState.REOPENED, CaseAction.DISPATCH, CaseState.DISPATCHED);
    legal(CaseState.DISPATCHED, CaseAction.SIGN, CaseState.SIGNED);
    legal(CaseState.DISPATCHED, CaseAction.RETURN, CaseState.RETURNED);
    legal(CaseState.SIGNED, CaseAction.RETURN, CaseState.RETURNED);
    legal(CaseState.SIGNED, CaseAction.START, CaseState.HANDLING);
    legal(CaseState.REWORK, CaseAction.START, CaseState.HANDLING);
    legal(CaseState.HANDLING, CaseAction.REQUEST_POSTPONEMENT, CaseState.POSTPONEMENT_REQUESTED);
    legal(CaseState.POSTPONEMENT_REQUESTED, CaseAction.APPROVE_POSTPONEMENT, CaseState.POSTPONED);
    legal(CaseState.POSTPONEMENT_REQUESTED, CaseAction.REFUSE_POSTPONEMENT, CaseState.HANDLING);
    legal(CaseState.HANDLING, CaseAction.REPORT_BACK, CaseState.FEEDBACK);
    legal(CaseState.POSTPONED, CaseAction.REPORT_BACK, CaseState.FEEDBACK);
    legal(CaseState.HANDLING, CaseAction.LEDGER, CaseState.LEDGERED);
    legal(CaseState.POSTPONED, CaseAction.LEDGER, CaseState.LEDGERED);
    legal(CaseState.FEEDBACK, CaseAction.START_VERIFICATION, CaseState.VERIFYING);
    legal(CaseState.VERIFYING, CaseAction.CLOSE, CaseState.CLOSED);
    legal(CaseState.VERIFYING, CaseAction.SEND_BACK, CaseState.REWORK);
    legal(CaseState.CLOSED, CaseAction.REOPEN, CaseState.REOPENED);
    legal(CaseState.LEDGERED, CaseAction.REOPEN, CaseState.REOPENED);
  }

  @Test
  void everyLegalTransitionLeadsWhereTheWorkflowSays() {
    int legal = 0;
    for (CaseState state : CaseState.values()) {
      for (CaseAction action : CaseAction.values()) {
        CaseState expected = LEGAL.getOrDefault(state, Map.of()).get(action);
        if (expected != null) {
          assertThat(action.from(state)).as("%s from %s", action, state).isEqualTo(expected);
          legal++;
        }
      }
    }
    assertThat(legal).isEqualTo(26);
  }

  @Test
  void everyOtherPairIsRefusedWithStateAndActionInTheMessage() {
    int refused = 0;
    for (CaseState state : CaseState.values()) {
      for (CaseAction action : CaseAction.values()) {
        if (LEGAL.getOrDefault(state, Map.of()).containsKey(action)) {
          continue;
        }
        assertThat(action.allowedFrom(state)).as("%s from %s", action, state).isFalse();
        assertThatThrownBy(() -> action.from(state))
            .isInstanceOf(DomainException.class)
            .satisfies(
                e -> {
                  DomainException refusal = (DomainException) e;
                  assertThat(refusal.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                  assertThat(refusal.messageKey()).isEqualTo("grid.case.transition");
                  assertThat(refusal.arguments())
                      .containsExactly(
                          new MessageKey("grid.state." + state.name()),
                          new MessageKey("grid.action." + action.name()));
                });
        refused++;
      }
    }
    assertThat(refused).isEqualTo(CaseState.values().length * CaseAction.values().length - 26);
  }

  @Test
  void theActionsOfAStateAreListedForTheButtons() {
    assertThat(CaseAction.allowedIn(CaseState.REPORTED))
        .containsExactly(
            CaseAction.FILE, CaseAction.REJECT, CaseAction.CLOSE_ON_SPOT, CaseAction.MERGE);
    assertThat(CaseAction.allowedIn(CaseState.VERIFYING))
        .containsExactly(CaseAction.CLOSE, CaseAction.SEND_BACK);
    assertThat(CaseAction.allowedIn(CaseState.MERGED)).isEmpty();
    assertThat(CaseAction.allowedIn(CaseState.REJECTED)).isEmpty();
  }

  @Test
  void refusalsReturnsArbitrationsAndExtensionsNeedAReason() {
    assertThat(CaseAction.values())
        .filteredOn(CaseAction::reasonRequired)
        .containsExactlyInAnyOrder(
            CaseAction.REJECT,
            CaseAction.ARBITRATE,
            CaseAction.RETURN,
            CaseAction.REQUEST_POSTPONEMENT,
            CaseAction.REFUSE_POSTPONEMENT,
            CaseAction.LEDGER,
            CaseAction.SEND_BACK,
            CaseAction.REOPEN);
  }

  @Test
  void eachCentreAndUnitHasItsDuties() {
    assertThat(CaseAction.FILE.duty().permission()).isEqualTo("grid.case.accept");
    assertThat(CaseAction.DISPATCH.duty()).isEqualTo(CaseDuty.DISPATCH);
    assertThat(CaseAction.ARBITRATE.duty()).isEqualTo(CaseDuty.DISPATCH);
    assertThat(CaseAction.APPROVE_POSTPONEMENT.duty()).isEqualTo(CaseDuty.DISPATCH);
    assertThat(CaseAction.SIGN.duty()).isEqualTo(CaseDuty.HANDLE);
    assertThat(CaseAction.REPORT_BACK.duty()).isEqualTo(CaseDuty.HANDLE);
    assertThat(CaseAction.CLOSE.duty()).isEqualTo(CaseDuty.VERIFY);
    assertThat(CaseAction.CLOSE_ON_SPOT.duty().permission()).isEqualTo("grid.case.report");
  }

  @Test
  void aClockRunsInEveryOpenStateAndInNoFinalOne() {
    assertThat(CaseState.REPORTED.stage()).contains(CaseStage.FILE);
    assertThat(CaseState.RETURNED.stage()).contains(CaseStage.DISPATCH);
    assertThat(CaseState.DISPATCHED.stage()).contains(CaseStage.SIGN);
    assertThat(CaseState.REWORK.stage()).contains(CaseStage.HANDLE);
    assertThat(CaseState.VERIFYING.stage()).contains(CaseStage.VERIFY);
    for (CaseState state : CaseState.values()) {
      assertThat(state.open())
          .as("%s", state)
          .isEqualTo(
              !CaseAction.allowedIn(state).isEmpty()
                  && state != CaseState.CLOSED
                  && state != CaseState.LEDGERED);
    }
  }
}
