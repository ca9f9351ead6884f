package cn.finegov.planning.infrastructure.oversight;

import cn.finegov.planning.application.oversight.OversightQueries;
import cn.finegov.planning.application.oversight.Reminder;
import cn.finegov.planning.application.oversight.ReminderKind;
import cn.finegov.planning.application.oversight.TaskTiming;
import cn.finegov.planning.domain.model.plan.PlanRepository.Reach;
import cn.finegov.planning.domain.model.plan.PlanState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plain SQL over {@code pln_plan} and {@code pln_task} (a few columns of many rows, no entities),
 * and the record of notices sent in {@code pln_reminder}, whose primary key (unit, due date, kind)
 * makes a notice impossible to record twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaOversightQueries implements OversightQueries {

  /** Running states, as {@code TaskState.running()} says. */
  static final String RUNNING = "('ASSIGNED', 'IN_PROGRESS', 'DELAY_REQUESTED')";

  /** Paths of the reach per query; more are asked in several queries. */
  static final int PATHS_PER_QUERY = 50;

  @PersistenceContext(unitName = "planning")
  private EntityManager em;

  @Override
  public Map<Long, PlanState> planStates(int planYear) {
    Map<Long, PlanState> states = new HashMap<>();
    List<?> rows =
        em.createNativeQuery("select owner_unit_id, state from pln_plan where plan_year = ?1")
            .setParameter(1, planYear)
            .getResultList();
    for (Object row : rows) {
      Object[] cells = (Object[]) row;
      states.put(((Number) cells[0]).longValue(), PlanState.valueOf((String) cells[1]));
    }
    return states;
  }

  @Override
  public List<TaskTiming> runningTasks(Reach reach) {
    String base =
        "select lead_unit_id, start_date, deadline from pln_task where state in "
            + RUNNING
            + " and deadline is not null";
    List<TaskTiming> tasks = new ArrayList<>();
    if (reach.everything()) {
      collect(em.createNativeQuery(base), tasks);
      return tasks;
    }
    List<String> paths = reach.paths();
    for (int from = 0; from < paths.size(); from += PATHS_PER_QUERY) {
      List<String> part = paths.subList(from, Math.min(paths.size(), from + PATHS_PER_QUERY));
      StringBuilder sql = new StringBuilder(base).append(" and (");
      for (int i = 0; i < part.size(); i++) {
        sql.append(i == 0 ? "" : " or ").append("lead_path like ?").append(i + 1);
      }
      Query query = em.createNativeQuery(sql.append(')').toString());
      for (int i = 0; i < part.size(); i++) {
        query.setParameter(i + 1, like(part.get(i)));
      }
      collect(query, tasks);
    }
    return tasks;
  }

  private static void collect(Query query, List<TaskTiming> into) {
    for (Object row : query.getResultList()) {
      Object[] cells = (Object[]) row;
      into.add(new TaskTiming(((Number) cells[0]).longValue(), date(cells[1]), date(cells[2])));
    }
  }

  @Override
  public Set<Reminder.Key> sent(Collection<LocalDate> dueDates) {
    Set<Reminder.Key> sent = new HashSet<>();
    for (LocalDate due : new HashSet<>(dueDates)) {
      List<?> rows =
          em.createNativeQuery("select unit_id, kind from pln_reminder where due_date = ?1")
              .setParameter(1, java.sql.Date.valueOf(due))
              .getResultList();
      for (Object row : rows) {
        Object[] cells = (Object[]) row;
        sent.add(
            new Reminder.Key(
                ((Number) cells[0]).longValue(), due, new ReminderKind((String) cells[1])));
      }
    }
    return sent;
  }

  @Override
  public boolean recordSent(Reminder reminder, Instant at) {
    Number already =
        (Number)
            em.createNativeQuery(
                    "select count(*) from pln_reminder where unit_id = ?1 and due_date = ?2 and"
                        + " kind = ?3")
                .setParameter(1, reminder.unitId())
                .setParameter(2, java.sql.Date.valueOf(reminder.dueDate()))
                .setParameter(3, reminder.kind().code())
                .getSingleResult();
    if (already.longValue() > 0) {
      return false;
    }
    em.createNativeQuery(
            "insert into pln_reminder (unit_id, due_date, kind, unit_code, plan_year, plan_level,"
                + " plan_state, sent_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, reminder.unitId())
        .setParameter(2, java.sql.Date.valueOf(reminder.dueDate()))
        .setParameter(3, reminder.kind().code())
        .setParameter(4, reminder.unitCode())
        .setParameter(5, reminder.planYear())
        .setParameter(6, reminder.level().name())
        .setParameter(7, reminder.planState() == null ? "NONE" : reminder.planState().name())
        .setParameter(8, Timestamp.from(at))
        .executeUpdate();
    return true;
  }

  /** Materialised paths ({@code /1/5/}) hold digits and slashes only. */
  private static String like(String path) {
    return path + "%";
  }

  private static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof java.util.Date date) {
      return new java.sql.Date(date.getTime()).toLocalDate();
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }
}
