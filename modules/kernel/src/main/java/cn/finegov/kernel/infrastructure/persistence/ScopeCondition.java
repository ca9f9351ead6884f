package cn.finegov.kernel.infrastructure.persistence;

import cn.finegov.kernel.api.security.Scope;
import java.util.Map;

/** A JPQL condition that keeps rows whose unit path lies in a scope. */
final class ScopeCondition {

  private ScopeCondition() {}

  /**
   * {@code " and (path like :scope0 or path like :scope1)"}, nothing for the whole tree, and a
   * condition that matches nothing for an empty scope.
   *
   * @param pathExpression the JPQL path of the unit path, e.g. {@code u.path}
   * @param orNull also keep rows whose path is null (entries of system flows) when true
   * @param parameters receives the parameters
   */
  static String and(
      Scope scope, String pathExpression, boolean orNull, Map<String, Object> parameters) {
    if (scope.everything()) {
      return "";
    }
    if (scope.paths().isEmpty()) {
      return orNull ? " and " + pathExpression + " is null" : " and 1 = 0";
    }
    StringBuilder condition = new StringBuilder(" and (");
    for (int i = 0; i < scope.paths().size(); i++) {
      String name = "scope" + i;
      if (i > 0) {
        condition.append(" or ");
      }
      condition.append(pathExpression).append(" like :").append(name);
      parameters.put(name, scope.paths().get(i) + "%");
    }
    if (orNull) {
      condition.append(" or ").append(pathExpression).append(" is null");
    }
    return condition.append(')').toString();
  }
}
