package cn.finegov.kernel.api.org;

import cn.finegov.kernel.api.security.Scope;
import java.util.List;
import java.util.Optional;

/** Read access to the organisation tree for other modules. */
public interface OrganisationDirectory {

  Optional<UnitSummary> findById(long id);

  Optional<UnitSummary> findByCode(String code);

  /** The unit and every unit below it, active or not, top down. */
  List<UnitSummary> subtree(long unitId);

  /** The units at the top of the tree. */
  List<UnitSummary> roots();

  /** Every unit inside the scope (active or not). */
  List<UnitSummary> within(Scope scope);
}
