package cn.finegov.grid.domain.model.gridcase;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who may take an action on a case: each duty is a permission of the grid module, {@code
 * grid.case.<duty>}, which roles bundle (grid worker, supervision-centre clerk, command-centre
 * dispatcher, department handler).
 */
public enum CaseDuty {
  /** Report cases and close simple ones on the spot (grid workers, supervisors). */
  REPORT,
  /** Accept, file, reject, merge and reopen (supervision centre). */
  ACCEPT,
  /** Dispatch, arbitrate, decide extensions, ledger (command centre). */
  DISPATCH,
  /** Sign for, return, handle, ask for more time, report back (responsible units). */
  HANDLE,
  /** Verify on site and close or send back for rework (supervision centre, grid workers). */
  VERIFY;

  /**
   * The states in which a case waits for this duty (the inbox of its holders). Steps that can be
   * taken at any time (merge, ledger, reopen) do not put a case in the inbox.
   */
  public Set<CaseState> inboxStates() {
    return switch (this) {
      case REPORT -> EnumSet.noneOf(CaseState.class);
      case ACCEPT -> EnumSet.of(CaseState.REPORTED);
      case DISPATCH ->
          EnumSet.of(
              CaseState.FILED,
              CaseState.RETURNED,
              CaseState.REOPENED,
              CaseState.POSTPONEMENT_REQUESTED);
      case HANDLE ->
          EnumSet.of(
              CaseState.DISPATCHED,
              CaseState.SIGNED,
              CaseState.REWORK,
              CaseState.HANDLING,
              CaseState.POSTPONED);
      case VERIFY -> EnumSet.of(CaseState.FEEDBACK, CaseState.VERIFYING);
    };
  }

  /** The permission that grants this duty, e.g. {@code grid.case.dispatch}. */
  public String permission() {
    return "grid.case." + name().toLowerCase(Locale.ROOT);
  }
}
