package cn.finegov.grid.infrastructure.persistence;

import cn.finegov.grid.domain.model.category.CaseKind;
import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.gridcase.CaseDuty;
import cn.finegov.grid.domain.model.gridcase.CaseFilter;
import cn.finegov.grid.domain.model.gridcase.CaseNumber;
import cn.finegov.grid.domain.model.gridcase.CaseState;
import cn.finegov.grid.domain.model.gridcase.DuplicateRule;
import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import cn.finegov.grid.domain.model.gridcase.GridCase;
import cn.finegov.grid.domain.model.gridcase.GridCaseRepository;
import cn.finegov.kernel.api.persistence.TransactionMemo;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cases in {@code grd_case}, inbox and search queries built from a {@link CaseFilter}.
 *
 * <p>The two reads of a report, {@link #findByClient} and {@link #nearby}, do not flush the
 * transaction's changes first: a batch of reports (a hotline push of a hundred tickets) would
 * otherwise write each case with a statement of its own before the next one's reads, instead of all
 * of them in multi-row inserts at the commit. What they would miss is taken from memory instead:
 * the cases {@linkplain #add added} in this transaction, and the cases read by {@link #find}, how a
 * case is loaded to be acted on, with their changes (the escalation job's cases change nothing the
 * two reads compare).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaGridCaseRepository implements GridCaseRepository {

  @PersistenceContext(unitName = "grid")
  private EntityManager em;

  @Resource private TransactionSynchronizationRegistry transactions;

  /** The cases of this transaction that the database may not show as they are, by number. */
  private static final class Held {
    final Map<String, GridCase> byNumber = new HashMap<>();
  }

  private Map<String, GridCase> held() {
    return TransactionMemo.of(transactions, Held.class, Held::new)
        .orElseThrow(() -> new IllegalStateException("cases are read in a transaction"))
        .byNumber;
  }

  @Override
  public Optional<GridCase> find(CaseNumber number) {
    Optional<GridCase> found =
        em.createQuery("select c from GridCase c where c.number.value = :n", GridCase.class)
            .setParameter("n", number.value())
            .getResultStream()
            .findFirst();
    found.ifPresent(gridCase -> held().put(number.value(), gridCase));
    return found;
  }

  @Override
  public Optional<GridCase> findByClient(String reporter, String clientId) {
    // The client id of a case never changes: only the cases added in this transaction can be
    // missing.
    for (GridCase held : held().values()) {
      if (held.reportedBy().equals(reporter)
          && held.clientId().filter(clientId::equals).isPresent()) {
        return Optional.of(held);
      }
    }
    return em.createQuery(
            "select c from GridCase c where c.reportedBy = :r and c.clientId = :id", GridCase.class)
        .setParameter("r", reporter)
        .setParameter("id", clientId)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(GridCase gridCase) {
    em.persist(gridCase);
    held().put(gridCase.number().value(), gridCase);
  }

  /**
   * {@inheritDoc}
   *
   * <p>In a short transaction of its own, so that the counter row is locked for a moment only and
   * reports do not wait for each other's commits.
   */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long reserveSequence(String districtCode, int year, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count " + count);
    }
    for (int attempt = 0; attempt < 2; attempt++) {
      int updated =
          em.createNativeQuery(
                  "update grd_case_counter set last_value = last_value + ?"
                      + " where district_code = ? and year_number = ?")
              .setParameter(1, count)
              .setParameter(2, districtCode)
              .setParameter(3, year)
              .executeUpdate();
      if (updated == 1) {
        Number value =
            (Number)
                em.createNativeQuery(
                        "select last_value from grd_case_counter"
                            + " where district_code = ? and year_number = ?")
                    .setParameter(1, districtCode)
                    .setParameter(2, year)
                    .getSingleResult();
        return value.longValue();
      }
      em.createNativeQuery(
              "insert into grd_case_counter (district_code, year_number, last_value)"
                  + " select ?, ?, 0 where not exists"
                  + " (select 1 from grd_case_counter where district_code = ? and year_number = ?)")
          .setParameter(1, districtCode)
          .setParameter(2, year)
          .setParameter(3, districtCode)
          .setParameter(4, year)
          .executeUpdate();
    }
    throw new IllegalStateException("case counter " + districtCode + "/" + year + " missing");
  }

  @Override
  public List<DuplicateRule.Candidate> nearby(
      CategoryCode category, GeoPoint.BoundingBox box, Instant since) {
    // Only the values the rule needs, not the cases: entities would join the transaction's unit of
    // work, and with a few hundred neighbours every later flush would compare them all. The bands
    // let the index search the box instead of a strip across the city, and the index holds
    // duplicate_of, so that the duplicates around a first report are passed over in the index
    // (V9__case_place_band.sql).
    List<Object[]> rows =
        em.createQuery(
                "select c.number, c.category, c.place, c.reportedAt, c.state, c.closedAt"
                    + " from GridCase c where c.category.kind = :kind and c.category.code = :code"
                    + " and c.placeBand in :bands"
                    + " and c.place.longitude between :minLon and :maxLon"
                    + " and c.place.latitude between :minLat and :maxLat"
                    + " and c.duplicateOf is null"
                    + " and (c.reportedAt >= :since or c.closedAt >= :since)",
                Object[].class)
            .setParameter("kind", category.kind())
            .setParameter("code", category.code())
            .setParameter("bands", box.latitudeBands())
            .setParameter("minLat", box.minLatitude())
            .setParameter("maxLat", box.maxLatitude())
            .setParameter("minLon", box.minLongitude())
            .setParameter("maxLon", box.maxLongitude())
            .setParameter("since", since)
            .setFlushMode(FlushModeType.COMMIT)
            .setMaxResults(500)
            .getResultList();
    Map<String, GridCase> held = held();
    Map<String, DuplicateRule.Candidate> found = new LinkedHashMap<>();
    for (Object[] row : rows) {
      String number = ((CaseNumber) row[0]).value();
      if (!held.containsKey(number)) {
        found.put(
            number,
            new DuplicateRule.Candidate(
                number,
                (CategoryCode) row[1],
                (GeoPoint) row[2],
                (Instant) row[3],
                (CaseState) row[4],
                (Instant) row[5]));
      }
    }
    for (GridCase gridCase : held.values()) {
      if (gridCase.category().equals(category)
          && box.holds(gridCase.place())
          && gridCase.duplicateOf().isEmpty()
          && (!gridCase.reportedAt().isBefore(since)
              || gridCase.closedAt().filter(closed -> !closed.isBefore(since)).isPresent())) {
        found.put(
            gridCase.number().value(),
            new DuplicateRule.Candidate(
                gridCase.number().value(),
                gridCase.category(),
                gridCase.place(),
                gridCase.reportedAt(),
                gridCase.state(),
                gridCase.closedAt().orElse(null)));
      }
    }
    return List.copyOf(found.values());
  }

  @Override
  public List<GridCase> search(CaseFilter filter, Reach reach, int first, int max) {
    Optional<List<Long>> few = fewByPartialNumber(filter, reach);
    if (few.isPresent()) {
      return byIds(few.get(), first, max);
    }
    return ordered(filter, reach, first, max);
  }

  @Override
  public Found page(CaseFilter filter, Reach reach, int first, int max, int cap) {
    Optional<List<Long>> few = fewByPartialNumber(filter, reach);
    if (few.isPresent()) {
      return new Found(few.get().size(), byIds(few.get(), first, max));
    }
    return new Found(countUpTo(filter, reach, cap), ordered(filter, reach, first, max));
  }

  private List<GridCase> byIds(List<Long> ids, int first, int max) {
    return ids.isEmpty()
        ? List.of()
        : em.createQuery("select c from GridCase c where c.id in :ids" + ORDER, GridCase.class)
            .setParameter("ids", ids)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
  }

  private List<GridCase> ordered(CaseFilter filter, Reach reach, int first, int max) {
    Query query = where(filter, reach);
    TypedQuery<GridCase> typed =
        em.createQuery("select c from GridCase c where " + query.text + ORDER, GridCase.class);
    query.parameters.forEach(typed::setParameter);
    return typed.setFirstResult(first).setMaxResults(max).getResultList();
  }

  /**
   * The cases that a search for part of a number finds, when they are few. Such a search matches
   * few of a million rows, but the planner, not knowing that, walks the index in list order
   * (grd_case_inbox_order_ix) through nearly all of them (2 s); found first without an order (one
   * scan, 0.3 s), they are sorted as a small set. Empty when the filter has no partial number, or
   * when more than {@link #FEW} cases match (then the index walk finds a page soon).
   */
  private Optional<List<Long>> fewByPartialNumber(CaseFilter filter, Reach reach) {
    String number = filter.numberLike() == null ? "" : filter.numberLike().strip();
    if (number.isEmpty() || CaseNumber.isWhole(number)) {
      return Optional.empty();
    }
    Query query = where(filter, reach);
    TypedQuery<Long> typed =
        em.createQuery("select c.id from GridCase c where " + query.text, Long.class);
    query.parameters.forEach(typed::setParameter);
    List<Long> ids = typed.setMaxResults(FEW + 1).getResultList();
    return ids.size() > FEW ? Optional.empty() : Optional.of(ids);
  }

  @Override
  public long count(CaseFilter filter, Reach reach) {
    Query query = where(filter, reach);
    TypedQuery<Long> typed =
        em.createQuery("select count(c) from GridCase c where " + query.text, Long.class);
    query.parameters.forEach(typed::setParameter);
    return typed.getSingleResult();
  }

  @Override
  public long countUpTo(CaseFilter filter, Reach reach, int cap) {
    Optional<List<Long>> few = fewByPartialNumber(filter, reach);
    if (few.isPresent()) {
      return few.get().size();
    }
    Query query = where(filter, reach);
    TypedQuery<Long> typed =
        em.createQuery("select c.id from GridCase c where " + query.text, Long.class);
    query.parameters.forEach(typed::setParameter);
    return typed.setMaxResults(cap + 1).getResultList().size();
  }

  @Override
  public long countClosedSince(Instant since, Reach reach) {
    Query query = where(CaseFilter.all(), reach);
    TypedQuery<Long> typed =
        em.createQuery(
            "select count(c) from GridCase c where "
                + query.text
                + " and c.state = :closed and c.closedAt >= :since",
            Long.class);
    query.parameters.forEach(typed::setParameter);
    return typed
        .setParameter("closed", CaseState.CLOSED)
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public List<CategoryCount> openByCategory(Reach reach, int limit) {
    Query query =
        where(
            new CaseFilter(
                Set.copyOf(openStates()), null, null, null, false, false, null, null, null),
            reach);
    TypedQuery<Object[]> typed =
        em.createQuery(
            "select c.category.kind, c.category.code, count(c) from GridCase c where "
                + query.text
                + " group by c.category.kind, c.category.code",
            Object[].class);
    query.parameters.forEach(typed::setParameter);
    return typed.getResultList().stream()
        .map(
            row ->
                new CategoryCount(
                    CategoryCode.of((CaseKind) row[0], String.valueOf(row[1])),
                    ((Number) row[2]).longValue()))
        .sorted(
            Comparator.comparingLong(CategoryCount::cases)
                .reversed()
                .thenComparing(count -> count.category().qualified()))
        .limit(limit)
        .toList();
  }

  @Override
  public List<GridCase> breachedUnannounced(Instant now, int max) {
    return em.createQuery(
            "select c from GridCase c where c.escalated = :escalated and c.stageDueAt < :now"
                + " and c.state in :open order by c.stageDueAt",
            GridCase.class)
        .setParameter("escalated", false)
        .setParameter("now", now)
        .setParameter("open", openStates())
        .setMaxResults(max)
        .getResultList();
  }

  private static List<CaseState> openStates() {
    return java.util.Arrays.stream(CaseState.values()).filter(CaseState::open).toList();
  }

  /** The order of every case list: supervised first, then by stage deadline, newest on a tie. */
  private static final String ORDER = " order by c.supervised desc, c.stageDueAt, c.id desc";

  /** Most cases a partial number search sorts as a set of its own. */
  private static final int FEW = 1_000;

  /** A JPQL condition and its parameters. */
  record Query(String text, Map<String, Object> parameters) {}

  static Query where(CaseFilter filter, Reach reach) {
    List<String> and = new ArrayList<>();
    Map<String, Object> p = new HashMap<>();
    if (!filter.states().isEmpty()) {
      and.add("c.state in " + inline(filter.states()));
    }
    if (filter.category() != null && !filter.category().isBlank()) {
      CategoryCode category = CategoryCode.parse(filter.category().strip());
      and.add("c.category.kind = :kind and c.category.code = :code");
      p.put("kind", category.kind());
      p.put("code", category.code());
    }
    if (filter.gridPrefix() != null && !filter.gridPrefix().isBlank()) {
      and.add("c.grid.value like :grid");
      p.put("grid", filter.gridPrefix().strip() + "%");
    }
    if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
      and.add("c.responsibleUnit = :unit");
      p.put("unit", filter.unitCode().strip());
    }
    if (filter.overdue()) {
      and.add("c.stageDueAt < :now and c.state in " + inline(openStates()));
      p.put("now", filter.now());
    }
    if (filter.supervised()) {
      and.add("c.supervised = :supervised");
      p.put("supervised", true);
    }
    if (filter.numberLike() != null && !filter.numberLike().isBlank()) {
      String number = filter.numberLike().strip();
      if (CaseNumber.isWhole(number)) {
        // A whole number (pasted or scanned) is looked up on the unique index.
        and.add("c.number.value = :number");
        p.put("number", number);
      } else {
        and.add("c.number.value like :number");
        p.put("number", "%" + number + "%");
      }
    }
    String area = reach(reach, p, "c.areaUnit", true);
    String responsible = reach(reach, p, "c.responsibleUnit", false);
    if (!filter.tasks().isEmpty()) {
      List<String> or = new ArrayList<>();
      for (Map.Entry<CaseDuty, Set<CaseState>> task : filter.tasks().entrySet()) {
        if (task.getValue().isEmpty()) {
          continue;
        }
        String where = task.getKey() == CaseDuty.HANDLE ? responsible : area;
        String states = "c.state in " + inline(task.getValue());
        or.add(where == null ? states : "(" + states + " and " + where + ")");
      }
      and.add(or.isEmpty() ? "1 = 0" : "(" + String.join(" or ", or) + ")");
    } else if (!reach.everything()) {
      and.add("(" + area + " or " + responsible + " or c.reportedBy = :reporter)");
      p.put("reporter", reach.reporter());
    }
    String text = and.isEmpty() ? "1 = 1" : String.join(" and ", and);
    // The reach conditions are built for both columns; keep the parameters the text uses.
    p.keySet().removeIf(name -> !Pattern.compile(":" + name + "\\b").matcher(text).find());
    return new Query(text, p);
  }

  /**
   * The states as JPQL enum literals, which the persistence unit writes into the SQL
   * (shouldBindLiterals=false): PostgreSQL then plans a list query for the states it asks for. With
   * the states as parameters, a statement run often gets the server's generic plan, which guesses a
   * quarter of the table for four states and scans all of it (450 ms for the dispatcher's tasks
   * over 1.2 million cases, against 8 ms on the state index).
   */
  private static String inline(java.util.Collection<CaseState> states) {
    return states.stream()
        .sorted()
        .map(state -> CaseState.class.getName() + "." + state.name())
        .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
  }

  /**
   * Whether a case's unit (or, for the place, its grid) lies in the reader's reach; {@code null}
   * when the reach is everything (no condition: a constant one would be bound as parameters that
   * the planner cannot see through).
   */
  private static String reach(Reach reach, Map<String, Object> p, String column, boolean grids) {
    if (reach.everything()) {
      return null;
    }
    List<String> or = new ArrayList<>();
    if (!reach.units().isEmpty()) {
      p.put("units", List.copyOf(reach.units()));
      or.add(column + " in :units");
    }
    if (grids && !reach.grids().isEmpty()) {
      p.put("grids", reach.grids());
      or.add("c.grid.value in :grids");
    }
    return or.isEmpty() ? "1 = 0" : "(" + String.join(" or ", or) + ")";
  }
}
