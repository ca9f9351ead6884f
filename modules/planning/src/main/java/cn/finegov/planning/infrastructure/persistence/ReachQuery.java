package cn.finegov.planning.infrastructure.persistence;

import cn.finegov.planning.domain.model.plan.PlanRepository.Reach;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The JPQL condition "one of these paths lies in the reader's reach". */
final class ReachQuery {

  private ReachQuery() {}

  /**
   * Adds to {@code conditions} a condition that one of {@code pathFields} starts with a reach path;
   * nothing for the whole tree, a condition that never holds for an empty reach.
   */
  static void add(
      Reach reach, List<String> conditions, Map<String, Object> parameters, String... pathFields) {
    if (reach.everything()) {
      return;
    }
    if (reach.paths().isEmpty()) {
      conditions.add("1 = 0");
      return;
    }
    List<String> any = new ArrayList<>();
    for (int i = 0; i < reach.paths().size(); i++) {
      for (String field : pathFields) {
        any.add(field + " like :reach" + i);
      }
      parameters.put("reach" + i, reach.paths().get(i) + "%");
    }
    conditions.add("(" + String.join(" or ", any) + ")");
  }
}
