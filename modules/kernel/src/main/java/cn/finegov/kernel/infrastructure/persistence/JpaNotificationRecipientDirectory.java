package cn.finegov.kernel.infrastructure.persistence;

import cn.finegov.kernel.domain.model.notification.RecipientDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The recipients of notifications, straight from the user, role and unit tables: a permission
 * holder for a unit is an active person with a role granting the permission whose own unit, or one
 * of whose granted units (active), is the unit or above it.
 */
@ApplicationScoped
public class JpaNotificationRecipientDirectory implements RecipientDirectory {

  @PersistenceContext(unitName = "kernel")
  private EntityManager em;

  @Override
  public List<Person> activeUsers(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return List.of();
    }
    List<Person> people = new ArrayList<>();
    for (List<String> chunk : chunks(List.copyOf(usernames), 500)) {
      Query query =
          em.createNativeQuery(
              "select u.username, u.display_name, o.path from krn_user u"
                  + " join krn_org_unit o on o.id = u.unit_id"
                  + " where u.active = true and u.username in ("
                  + placeholders(chunk.size())
                  + ") order by u.username");
      for (int i = 0; i < chunk.size(); i++) {
        query.setParameter(i + 1, chunk.get(i));
      }
      @SuppressWarnings("unchecked")
      List<Object[]> rows = query.getResultList();
      rows.forEach(row -> people.add(person(row)));
    }
    return people;
  }

  /**
   * Active people with a role granting the permission (?1) whose own unit, or a granted active
   * unit, lies on the path (?2, ?3) of the unit: its path is a prefix of the unit's.
   */
  static final String HOLDERS_SQL =
      "select u.username, u.display_name, o.path from krn_user u"
          + " join krn_org_unit o on o.id = u.unit_id"
          + " where u.active = true"
          + " and exists (select 1 from krn_user_role ur"
          + " join krn_role_permission rp on rp.role_code = ur.role_code"
          + " where ur.user_id = u.id and rp.permission = ?1)"
          + " and (cast(?2 as varchar(400)) like concat(o.path, '%')"
          + " or exists (select 1 from krn_user_scope s"
          + " join krn_org_unit g on g.id = s.unit_id"
          + " where s.user_id = u.id and g.active = true"
          + " and cast(?3 as varchar(400)) like concat(g.path, '%')))"
          + " order by u.username";

  @Override
  public List<Person> holders(String permission, String unitPath) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(HOLDERS_SQL)
            .setParameter(1, permission)
            .setParameter(2, unitPath)
            .setParameter(3, unitPath)
            .getResultList();
    return rows.stream().map(JpaNotificationRecipientDirectory::person).toList();
  }

  private static Person person(Object[] row) {
    return new Person((String) row[0], (String) row[1], (String) row[2]);
  }

  private static String placeholders(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      text.append(i > 1 ? ", " : "").append('?').append(i);
    }
    return text.toString();
  }

  private static <T> List<List<T>> chunks(List<T> items, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < items.size(); i += size) {
      chunks.add(items.subList(i, Math.min(items.size(), i + size)));
    }
    return chunks;
  }
}
