package cn.finegov.kernel.infrastructure.persistence;

import cn.finegov.kernel.api.security.Scope;
import cn.finegov.kernel.domain.model.user.UserAccount;
import cn.finegov.kernel.domain.model.user.UserAccountRepository;
import cn.finegov.kernel.domain.model.user.UserQuery;
import cn.finegov.kernel.domain.model.user.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

  private static final Map<String, String> SORTABLE =
      Map.of(
          "username", "u.username.value",
          "displayName", "u.displayName",
          "lastLoginAt", "u.lastLoginAt",
          "unitId", "u.unitId");

  @PersistenceContext(unitName = "kernel")
  private EntityManager em;

  @Override
  public Optional<UserAccount> find(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  @Override
  public Optional<UserAccount> findByUsername(Username username) {
    return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public UserAccount store(UserAccount user) {
    if (user.id() == null) {
      em.persist(user);
    }
    return user;
  }

  @Override
  public List<UserAccount> search(UserQuery query, Scope scope, int first, int pageSize) {
    String order = SORTABLE.getOrDefault(query.sortField(), "u.username.value");
    Map<String, Object> parameters = bind(query);
    TypedQuery<UserAccount> typed =
        em.createQuery(
            "select u from UserAccount u, OrgUnit o"
                + where(query, scope, parameters)
                + " order by "
                + order
                + (query.ascending() ? " asc" : " desc"),
            UserAccount.class);
    parameters.forEach(typed::setParameter);
    return typed.setFirstResult(first).setMaxResults(pageSize).getResultList();
  }

  @Override
  public long count(UserQuery query, Scope scope) {
    Map<String, Object> parameters = bind(query);
    TypedQuery<Long> typed =
        em.createQuery(
            "select count(u) from UserAccount u, OrgUnit o" + where(query, scope, parameters),
            Long.class);
    parameters.forEach(typed::setParameter);
    return typed.getSingleResult();
  }

  @Override
  public long countAll() {
    return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
  }

  private static String where(UserQuery query, Scope scope, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" where o.id = u.unitId");
    if (query.text() != null && !query.text().isBlank()) {
      where.append(" and (lower(u.username.value) like :text or lower(u.displayName) like :text)");
    }
    if (query.unitId() != null) {
      where.append(" and u.unitId = :unitId");
    }
    if (query.role() != null && !query.role().isBlank()) {
      where.append(" and :role member of u.roles");
    }
    if (query.active() != null) {
      where.append(" and u.active = :active");
    }
    where.append(ScopeCondition.and(scope, "o.path", false, parameters));
    return where.toString();
  }

  private static Map<String, Object> bind(UserQuery query) {
    Map<String, Object> parameters = new HashMap<>();
    if (query.text() != null && !query.text().isBlank()) {
      parameters.put("text", "%" + query.text().strip().toLowerCase(Locale.ROOT) + "%");
    }
    if (query.unitId() != null) {
      parameters.put("unitId", query.unitId());
    }
    if (query.role() != null && !query.role().isBlank()) {
      parameters.put("role", query.role());
    }
    if (query.active() != null) {
      parameters.put("active", query.active());
    }
    return parameters;
  }
}
