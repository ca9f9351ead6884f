package cn.finegov.integration.hotline.ticket;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tickets, their feedback and return visits in the hotline tables; joins the caller's transaction.
 *
 * <p>A stateless session bean: Camel's threads, which call it for the feedback outbox, carry no EE
 * context, and a CDI bean first made on one of them gets no persistence context injected; the EJB
 * container injects its instances itself.)
 */
@Stateless
public class TicketStore {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  public void add(HotlineTicket ticket) {
    em.persist(ticket);
  }

  public Optional<HotlineTicket> find(String ticketNo) {
    return em.createQuery(
            "select t from HotlineTicket t where t.ticketNo = :no", HotlineTicket.class)
        .setParameter("no", ticketNo)
        .getResultStream()
        .findFirst();
  }

  /** Which of the ticket numbers given are stored, in one query. */
  public List<String> existing(Collection<String> ticketNos) {
    return ticketNos.isEmpty()
        ? List.of()
        : em.createQuery(
                "select t.ticketNo from HotlineTicket t where t.ticketNo in :numbers", String.class)
            .setParameter("numbers", ticketNos)
            .getResultList();
  }

  /** The tickets linked to a case (several tickets can end in one case after merges). */
  public List<HotlineTicket> linkedTo(String caseNumber) {
    return em.createQuery(
            "select t from HotlineTicket t where t.caseNumber = :number", HotlineTicket.class)
        .setParameter("number", caseNumber)
        .getResultList();
  }

  /**
   * Feedback due now: pending, its time has come, and no earlier pending item of the same ticket
   * (order per ticket). Oldest first.
   */
  public List<Long> dueFeedback(Instant now, int max) {
    return em.createQuery(
            "select f.id from Feedback f where f.delivery = :pending and f.nextAttemptAt <= :now"
                + " and not exists (select e.id from Feedback e where e.ticket = f.ticket"
                + " and e.delivery = :pending and e.seq < f.seq)"
                + " order by f.nextAttemptAt, f.id",
            Long.class)
        .setParameter("pending", Feedback.Delivery.PENDING)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  public Optional<Feedback> feedback(long id) {
    return Optional.ofNullable(em.find(Feedback.class, id));
  }

  /** How many feedback items wait, and the oldest's time. */
  public long pendingFeedback() {
    return em.createQuery("select count(f) from Feedback f where f.delivery = :pending", Long.class)
        .setParameter("pending", Feedback.Delivery.PENDING)
        .getSingleResult();
  }

  /**
   * Of these tickets, those whose feedback has a delivery problem: an item still pending after at
   * least one failed attempt.
   */
  public Set<Long> withFailedDelivery(Collection<Long> ticketIds) {
    if (ticketIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select distinct f.ticket.id from Feedback f where f.ticket.id in :ids"
                    + " and f.delivery = :pending and f.attempts > 0",
                Long.class)
            .setParameter("ids", ticketIds)
            .setParameter("pending", Feedback.Delivery.PENDING)
            .getResultList());
  }

  /** Tickets matching the filter, newest first. */
  public List<HotlineTicket> search(TicketFilter filter, int first, int max) {
    TypedQuery<HotlineTicket> query =
        em.createQuery(
            "select t from HotlineTicket t"
                + where(filter)
                + " order by t.receivedAt desc, t.id desc",
            HotlineTicket.class);
    bind(query, filter);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long count(TicketFilter filter) {
    TypedQuery<Long> query =
        em.createQuery("select count(t) from HotlineTicket t" + where(filter), Long.class);
    bind(query, filter);
    return query.getSingleResult();
  }

  /** Tickets per state. */
  public Map<TicketState, Long> countByState() {
    Map<TicketState, Long> counts = new LinkedHashMap<>();
    for (Object[] row :
        em.createQuery(
                "select t.state, count(t) from HotlineTicket t group by t.state", Object[].class)
            .getResultList()) {
      counts.put((TicketState) row[0], (Long) row[1]);
    }
    return counts;
  }

  private static String where(TicketFilter f) {
    List<String> parts = new ArrayList<>();
    if (f.states() != null && !f.states().isEmpty()) {
      parts.add("t.state in :states");
    }
    if (f.ticketNo() != null) {
      parts.add("t.ticketNo like :no");
    }
    if (f.requestType() != null) {
      parts.add("t.requestType = :type");
    }
    if (f.phoneHash() != null) {
      parts.add("t.phoneHash = :phone");
    }
    if (f.caseNumber() != null) {
      parts.add("t.caseNumber = :case");
    }
    if (f.units() != null && f.units().isEmpty()) {
      parts.add(f.unhandled() ? "t.handlingUnit is null" : "t.id is null");
    } else if (f.units() != null) {
      parts.add(
          f.unhandled()
              ? "(t.handlingUnit in :units or t.handlingUnit is null)"
              : "t.handlingUnit in :units");
    }
    return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
  }

  private static void bind(TypedQuery<?> query, TicketFilter f) {
    if (f.states() != null && !f.states().isEmpty()) {
      query.setParameter("states", f.states());
    }
    if (f.ticketNo() != null) {
      query.setParameter("no", "%" + f.ticketNo().replace("%", "").replace("_", "") + "%");
    }
    if (f.requestType() != null) {
      query.setParameter("type", f.requestType());
    }
    if (f.phoneHash() != null) {
      query.setParameter("phone", f.phoneHash());
    }
    if (f.caseNumber() != null) {
      query.setParameter("case", f.caseNumber());
    }
    if (f.units() != null && !f.units().isEmpty()) {
      query.setParameter("units", f.units());
    }
  }
}
