package cn.finegov.kernel.domain.model.org;

import cn.finegov.kernel.api.org.UnitCode;
import cn.finegov.kernel.api.org.UnitType;
import cn.finegov.kernel.api.security.Scope;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores and finds organisation units. */
public interface OrgUnitRepository {

  Optional<OrgUnit> find(long id);

  Optional<OrgUnit> findByCode(UnitCode code);

  /** Direct children, by sort order then code. */
  List<OrgUnit> children(Long parentId);

  /** The units at the top of the tree. */
  default List<OrgUnit> roots() {
    return children(null);
  }

  /** The unit and every unit below it, top down. */
  List<OrgUnit> subtree(OrgUnit unit);

  /** Every unit inside a scope, parents before children. */
  List<OrgUnit> within(Scope scope);

  /** Number of active units directly below {@code unitId}. */
  long countActiveChildren(long unitId);

  /** Whether any unit has children, for each of the given identifiers. */
  Map<Long, Boolean> hasChildren(List<Long> unitIds);

  /** Count of active units per type inside a scope. */
  Map<UnitType, Long> countActiveByType(Scope scope);

  /** Rewrites the path prefix of every unit below a moved unit. */
  void rewritePaths(String oldPrefix, String newPrefix);

  /** Persists a new unit (and assigns its identifier). */
  OrgUnit store(OrgUnit unit);

  /** Units inside a scope whose code or name contains the text, at most {@code limit}. */
  List<OrgUnit> search(String text, Scope scope, int limit);
}
