package cn.finegov.grid.api;

import java.util.Optional;
import java.util.Set;

/**
 * Cases from external systems. Calls run as the current actor, who needs {@link #PERMISSIONS}; the
 * usual checks apply (category, place, duplicates), and a step is audited like one taken on screen.
 */
public interface GridCaseIntake {

  /** What a flow calling this needs: report cases, read them and reopen them. */
  Set<String> PERMISSIONS = Set.of("grid.case.report", "grid.case.read", "grid.case.accept");

  /**
   * Takes a report in as a new case.
   *
   * @throws cn.finegov.kernel.api.error.ValidationException unknown category, no place, no text
   */
  CaseRef report(ExternalReport report);

  /**
   * Reopens a closed or ledgered case (a dissatisfied return visit).
   *
   * @throws cn.finegov.kernel.api.error.DomainException {@code CONFLICT} when the case is not
   *     closed
   */
  CaseRef reopen(String caseNumber, String reason);

  /** The name of an active category (qualified code such as {@code C0109}), if there is one. */
  Optional<String> categoryName(String qualifiedCode);

  /** The case, if it exists. */
  Optional<CaseRef> find(String caseNumber);
}
