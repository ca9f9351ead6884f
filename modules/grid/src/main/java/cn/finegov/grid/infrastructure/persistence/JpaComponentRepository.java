package cn.finegov.grid.infrastructure.persistence;

import cn.finegov.grid.domain.model.category.CaseKind;
import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.category.ComponentId;
import cn.finegov.grid.domain.model.component.CityComponent;
import cn.finegov.grid.domain.model.component.ComponentFilter;
import cn.finegov.grid.domain.model.component.ComponentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The component inventory in {@code grd_component}. */
@ApplicationScoped
public class JpaComponentRepository implements ComponentRepository {

  /** Columns a list may be sorted by (screen property → entity path). */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "componentId", "c.componentId.value",
          "name", "c.name",
          "category", "c.category.code",
          "gridCode", "c.gridCode",
          "state", "c.state",
          "competentUnit", "c.competentUnit",
          "changedAt", "c.changedAt");

  @PersistenceContext(unitName = "grid")
  private EntityManager em;

  @Override
  public Optional<CityComponent> find(long id) {
    return Optional.ofNullable(em.find(CityComponent.class, id));
  }

  @Override
  public Optional<CityComponent> find(ComponentId id) {
    return em.createQuery(
            "select c from CityComponent c where c.componentId.value = :id", CityComponent.class)
        .setParameter("id", id.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Set<String> existing(Set<String> componentIds) {
    Set<String> found = new HashSet<>();
    List<String> ids = List.copyOf(componentIds);
    for (int i = 0; i < ids.size(); i += 500) {
      found.addAll(
          em.createQuery(
                  "select c.componentId.value from CityComponent c"
                      + " where c.componentId.value in :ids",
                  String.class)
              .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
              .getResultList());
    }
    return found;
  }

  @Override
  public long count(ComponentFilter filter) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(filter, parameters);
    TypedQuery<Long> query =
        em.createQuery("select count(c) from CityComponent c" + where, Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  @Override
  public List<CityComponent> list(
      ComponentFilter filter, int first, int max, String sort, boolean ascending) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(filter, parameters);
    String order = SORTABLE.getOrDefault(sort == null ? "" : sort, "c.componentId.value");
    TypedQuery<CityComponent> query =
        em.createQuery(
            "select c from CityComponent c"
                + where
                + " order by "
                + order
                + (ascending ? " asc" : " desc")
                + ", c.id",
            CityComponent.class);
    parameters.forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  private static String where(ComponentFilter filter, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (filter.category() != null) {
      where.append(" and c.category.code = :category");
      parameters.put("category", filter.category());
    }
    if (filter.gridCode() != null) {
      where.append(" and c.gridCode like :grid");
      parameters.put("grid", filter.gridCode() + "%");
    }
    if (filter.state() != null) {
      where.append(" and c.state = :state");
      parameters.put("state", filter.state());
    }
    if (filter.text() != null) {
      where.append(" and (c.componentId.value like :text or lower(c.name) like :text)");
      parameters.put("text", "%" + filter.text().toLowerCase(Locale.ROOT) + "%");
    }
    if (filter.activeOnly()) {
      where.append(" and c.active = :active");
      parameters.put("active", true);
    }
    return where.toString();
  }

  @Override
  public CityComponent store(CityComponent component) {
    if (component.id() == null) {
      em.persist(component);
    }
    return component;
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public boolean isComponentCategory(CategoryCode code) {
    return code.kind() == CaseKind.COMPONENT
        && em.createQuery(
                    "select count(c) from Category c where c.code.kind = :kind"
                        + " and c.code.code = :code and c.active = :active",
                    Long.class)
                .setParameter("kind", CaseKind.COMPONENT)
                .setParameter("active", true)
                .setParameter("code", code.code())
                .getSingleResult()
            > 0;
  }

  @Override
  public Map<String, String> categoryNames() {
    Map<String, String> names = new java.util.TreeMap<>();
    for (Object[] row :
        em.createQuery(
                "select c.code.code, c.majorName, c.name from Category c"
                    + " where c.code.kind = :kind",
                Object[].class)
            .setParameter("kind", CaseKind.COMPONENT)
            .getResultList()) {
      names.put((String) row[0], row[1] + " / " + row[2]);
    }
    return names;
  }

  @Override
  public int lastSequence(String district, CategoryCode category) {
    String last =
        em.createQuery(
                "select max(c.componentId.value) from CityComponent c"
                    + " where c.componentId.value like :prefix",
                String.class)
            .setParameter("prefix", district + category.code() + "%")
            .getSingleResult();
    return last == null ? 0 : Integer.parseInt(last.substring(10));
  }
}
