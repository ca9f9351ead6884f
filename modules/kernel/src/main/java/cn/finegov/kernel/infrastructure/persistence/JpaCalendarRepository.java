package cn.finegov.kernel.infrastructure.persistence;

import cn.finegov.kernel.domain.model.calendar.CalendarArrangement;
import cn.finegov.kernel.domain.model.calendar.CalendarDay;
import cn.finegov.kernel.domain.model.calendar.CalendarRepository;
import cn.finegov.kernel.domain.model.calendar.CalendarState;
import cn.finegov.kernel.domain.model.calendar.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

@ApplicationScoped
public class JpaCalendarRepository implements CalendarRepository {

  @PersistenceContext(unitName = "kernel")
  private EntityManager em;

  @Override
  public List<CalendarDay> allDays() {
    return em.createQuery("select d from CalendarDay d", CalendarDay.class).getResultList();
  }

  @Override
  public List<CalendarDay> days(Region region, LocalDate from, LocalDate to) {
    return em.createQuery(
            "select d from CalendarDay d where d.regionCode = :region"
                + " and d.calendarDate between :from and :to order by d.calendarDate",
            CalendarDay.class)
        .setParameter("region", region.key())
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public Optional<CalendarDay> day(Region region, LocalDate date) {
    return em.createQuery(
            "select d from CalendarDay d where d.regionCode = :region and d.calendarDate = :date",
            CalendarDay.class)
        .setParameter("region", region.key())
        .setParameter("date", date)
        .getResultStream()
        .findFirst();
  }

  @Override
  public CalendarDay store(CalendarDay day) {
    if (day.id() == null) {
      em.persist(day);
    }
    return day;
  }

  @Override
  public void delete(CalendarDay day) {
    em.remove(em.contains(day) ? day : em.merge(day));
  }

  @Override
  public List<CalendarArrangement> arrangements() {
    return em.createQuery(
            "select a from CalendarArrangement a order by a.regionCode, a.calendarYear",
            CalendarArrangement.class)
        .getResultList();
  }

  @Override
  public Optional<CalendarArrangement> arrangement(Region region, int year) {
    return em.createQuery(
            "select a from CalendarArrangement a where a.regionCode = :region and a.calendarYear = :year",
            CalendarArrangement.class)
        .setParameter("region", region.key())
        .setParameter("year", year)
        .getResultStream()
        .findFirst();
  }

  @Override
  public CalendarArrangement store(CalendarArrangement arrangement) {
    if (arrangement.id() == null) {
      em.persist(arrangement);
    }
    return arrangement;
  }

  @Override
  public List<String> regions() {
    TreeSet<String> codes = new TreeSet<>();
    codes.addAll(
        em.createQuery("select distinct d.regionCode from CalendarDay d", String.class)
            .getResultList());
    codes.addAll(
        em.createQuery("select distinct a.regionCode from CalendarArrangement a", String.class)
            .getResultList());
    codes.remove(Region.NATIONAL_KEY);
    return List.copyOf(codes);
  }

  @Override
  public CalendarState lockState() {
    CalendarState state =
        em.find(CalendarState.class, CalendarState.ID, LockModeType.PESSIMISTIC_WRITE);
    if (state == null) {
      throw new IllegalStateException("krn_calendar_state has no row: migration V3 incomplete");
    }
    return state;
  }

  @Override
  public long version() {
    return em.createQuery(
            "select s.calendarVersion from CalendarState s where s.id = :id", Long.class)
        .setParameter("id", CalendarState.ID)
        .getResultStream()
        .findFirst()
        .orElse(0L);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
