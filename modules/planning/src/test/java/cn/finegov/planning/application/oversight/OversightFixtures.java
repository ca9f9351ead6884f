package cn.finegov.planning.application.oversight;

import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.org.UnitType;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.plan.StatutoryDueDate;
import java.util.List;

/** A small city and the shipped statutory dates, for the oversight tests. */
final class OversightFixtures {

  static final UnitSummary CITY = unit(1, "990100", UnitType.CITY, null, "/1/");
  static final UnitSummary DISTRICT = unit(2, "990102", UnitType.DISTRICT, 1L, "/1/2/");
  static final UnitSummary STREET = unit(3, "990102001", UnitType.STREET, 2L, "/1/2/3/");
  static final UnitSummary COMMUNITY = unit(4, "990102001001", UnitType.COMMUNITY, 3L, "/1/2/3/4/");
  static final UnitSummary BUREAU = unit(5, "990102-CG", UnitType.DEPARTMENT, 2L, "/1/2/5/");
  static final UnitSummary CLOSED =
      new UnitSummary(6, "990103", "撤销区", null, UnitType.DISTRICT, 1L, false, 0, "/1/6/");

  static final List<UnitSummary> ALL = List.of(CITY, DISTRICT, STREET, COMMUNITY, BUREAU, CLOSED);

  private OversightFixtures() {}

  static UnitSummary unit(long id, String code, UnitType type, Long parent, String path) {
    return new UnitSummary(id, code, "单位" + code, null, type, parent, true, 0, path);
  }

  /** The shipped dates (city -1/12-31, district 01-31, the others 02-29) and reminders 14 and 3. */
  static StatutoryCycle shipped() {
    return new StatutoryCycle(
        (level, year) -> StatutoryDueDate.parse(level.defaultDueDate()).dueFor(year),
        List.of(14, 3));
  }

  static StatutoryCycle shippedWith(List<Integer> days) {
    return new StatutoryCycle(
        (PlanLevel level, Integer year) ->
            StatutoryDueDate.parse(level.defaultDueDate()).dueFor(year),
        days);
  }
}
