package cn.finegov.grid.domain.model.gridcase;

import java.util.Locale;

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

  /** The permission that grants this duty, e.g. {@code grid.case.dispatch}. */
  public String permission() {
    return "grid.case." + name().toLowerCase(Locale.ROOT);
  }
}
