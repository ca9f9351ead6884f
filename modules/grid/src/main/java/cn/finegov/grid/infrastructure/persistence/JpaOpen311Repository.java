package cn.finegov.grid.infrastructure.persistence;

import cn.finegov.grid.domain.model.category.CaseKind;
import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.gridcase.CaseEvent;
import cn.finegov.grid.domain.model.gridcase.CaseSource;
import cn.finegov.grid.domain.model.gridcase.CaseState;
import cn.finegov.grid.domain.model.gridcase.GridCase;
import cn.finegov.grid.domain.model.open311.Open311Repository;
import cn.finegov.grid.domain.model.open311.Open311Request;
import cn.finegov.grid.domain.model.open311.PublicCase;
import cn.finegov.grid.domain.model.open311.PublicCaseFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Open311 records in {@code grd_open311_request}; the public view reads {@code grd_case}. */
@ApplicationScoped
public class JpaOpen311Repository implements Open311Repository {

  @PersistenceContext(unitName = "grid")
  private EntityManager em;

  @Override
  public Open311Request store(Open311Request request) {
    if (request.id() == null) {
      em.persist(request);
    }
    return request;
  }

  @Override
  public Optional<Open311Request> findByToken(String token) {
    return em.createQuery("select r from Open311Request r where r.token = :t", Open311Request.class)
        .setParameter("t", token)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long count() {
    return em.createQuery("select count(r) from Open311Request r", Long.class).getSingleResult();
  }

  @Override
  public List<PublicCase> publicCases(PublicCaseFilter filter, int max) {
    List<String> components = codes(filter.categories(), CaseKind.COMPONENT);
    List<String> events = codes(filter.categories(), CaseKind.EVENT);
    if (components.isEmpty() && events.isEmpty()) {
      return List.of();
    }
    StringBuilder jpql =
        new StringBuilder("select c from GridCase c where c.source <> :hotline and (");
    if (!components.isEmpty()) {
      jpql.append("(c.category.kind = :component and c.category.code in :components)");
    }
    if (!events.isEmpty()) {
      jpql.append(components.isEmpty() ? "" : " or ")
          .append("(c.category.kind = :event and c.category.code in :events)");
    }
    jpql.append(")");
    if (!filter.numbers().isEmpty()) {
      jpql.append(" and c.number.value in :numbers");
    }
    if (filter.from() != null) {
      jpql.append(" and c.reportedAt >= :from");
    }
    if (filter.to() != null) {
      jpql.append(" and c.reportedAt <= :to");
    }
    if (filter.open() != null) {
      jpql.append(" and c.state in :states");
    }
    jpql.append(" order by c.reportedAt desc, c.id desc");
    TypedQuery<GridCase> query =
        em.createQuery(jpql.toString(), GridCase.class).setParameter("hotline", CaseSource.HOTLINE);
    if (!components.isEmpty()) {
      query.setParameter("component", CaseKind.COMPONENT).setParameter("components", components);
    }
    if (!events.isEmpty()) {
      query.setParameter("event", CaseKind.EVENT).setParameter("events", events);
    }
    if (!filter.numbers().isEmpty()) {
      query.setParameter("numbers", List.copyOf(filter.numbers()));
    }
    if (filter.from() != null) {
      query.setParameter("from", filter.from());
    }
    if (filter.to() != null) {
      query.setParameter("to", filter.to());
    }
    if (filter.open() != null) {
      boolean open = filter.open();
      query.setParameter(
          "states", Arrays.stream(CaseState.values()).filter(s -> s.open() == open).toList());
    }
    List<GridCase> cases = query.setMaxResults(max).getResultList();
    if (cases.isEmpty()) {
      return List.of();
    }
    List<Long> ids = cases.stream().map(GridCase::id).toList();
    // The last timeline entry of each case. Entities rather than max(...): an aggregate of a
    // converted column is not converted back to an instant by EclipseLink.
    Map<Long, Instant> updated = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select e, e.gridCase.id from CaseEvent e where e.gridCase.id in :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      Instant at = ((CaseEvent) row[0]).occurredAt();
      updated.merge(((Number) row[1]).longValue(), at, (a, b) -> a.isAfter(b) ? a : b);
    }
    Set<String> numbers = cases.stream().map(c -> c.number().value()).collect(Collectors.toSet());
    Map<String, String> media = new HashMap<>();
    for (Open311Request request :
        em.createQuery(
                "select r from Open311Request r where r.caseNumber in :numbers",
                Open311Request.class)
            .setParameter("numbers", List.copyOf(numbers))
            .getResultList()) {
      if (request.mediaUrl() != null) {
        media.put(request.caseNumber(), request.mediaUrl());
      }
    }
    return cases.stream()
        .map(
            c ->
                new PublicCase(
                    c.number().value(),
                    c.category(),
                    c.state(),
                    c.place().latitude(),
                    c.place().longitude(),
                    c.address(),
                    c.description(),
                    c.responsibleUnit().orElse(null),
                    c.reportedAt(),
                    updated.getOrDefault(c.id(), c.reportedAt()),
                    c.stageDueAt().orElse(null),
                    media.get(c.number().value())))
        .toList();
  }

  /**
   * An aggregate of an instant column: the converter is not applied to {@code max(...)}, so the
   * driver's type arrives (an offset date-time on PostgreSQL, a timestamp elsewhere).
   */
  static Instant instant(Object value) {
    if (value == null || value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof java.time.OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof java.time.ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant();
    }
    if (value instanceof java.time.LocalDateTime local) {
      return local.toInstant(java.time.ZoneOffset.UTC);
    }
    throw new IllegalStateException("not a point in time: " + value.getClass().getName());
  }

  private static List<String> codes(List<CategoryCode> categories, CaseKind kind) {
    return categories.stream().filter(c -> c.kind() == kind).map(CategoryCode::code).toList();
  }
}
