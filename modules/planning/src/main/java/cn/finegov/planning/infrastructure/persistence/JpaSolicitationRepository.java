package cn.finegov.planning.infrastructure.persistence;

import cn.finegov.planning.domain.model.plan.PlanRepository.Reach;
import cn.finegov.planning.domain.model.solicitation.Proposal;
import cn.finegov.planning.domain.model.solicitation.ProposalState;
import cn.finegov.planning.domain.model.solicitation.SolicitationRepository;
import cn.finegov.planning.domain.model.solicitation.SolicitationRound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Solicitation rounds in {@code pln_solicitation}, proposals in {@code pln_proposal}. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaSolicitationRepository implements SolicitationRepository {

  @PersistenceContext(unitName = "planning")
  private EntityManager em;

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Optional<SolicitationRound> findRound(long id) {
    return Optional.ofNullable(em.find(SolicitationRound.class, id));
  }

  @Override
  public void addRound(SolicitationRound round) {
    em.persist(round);
  }

  @Override
  public List<SolicitationRound> rounds(Integer year, Reach reach, int first, int max) {
    Where where = roundWhere(year, reach);
    TypedQuery<SolicitationRound> query =
        em.createQuery(
            "select r from SolicitationRound r where "
                + where.text()
                + " order by r.roundYear desc, r.opensOn desc, r.id desc",
            SolicitationRound.class);
    where.parameters().forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long countRounds(Integer year, Reach reach) {
    Where where = roundWhere(year, reach);
    TypedQuery<Long> query =
        em.createQuery(
            "select count(r) from SolicitationRound r where " + where.text(), Long.class);
    where.parameters().forEach(query::setParameter);
    return query.getSingleResult();
  }

  private static Where roundWhere(Integer year, Reach reach) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    conditions.add("1 = 1");
    if (year != null) {
      conditions.add("r.roundYear = :yearValue");
      parameters.put("yearValue", year);
    }
    // The round's unit in the reach, or a proposal of it assigned to a unit in the reach.
    List<String> own = new ArrayList<>();
    ReachQuery.add(reach, own, parameters, "r.unitPath");
    if (!own.isEmpty()) {
      List<String> assigned = new ArrayList<>();
      ReachQuery.add(reach, assigned, new LinkedHashMap<>(), "p.unitPath");
      conditions.add(
          "("
              + own.get(0)
              + " or exists (select p.id from Proposal p where p.roundId = r.id and "
              + assigned.get(0)
              + "))");
    }
    return new Where(String.join(" and ", conditions), parameters);
  }

  @Override
  public Optional<Proposal> findProposal(long id) {
    return Optional.ofNullable(em.find(Proposal.class, id));
  }

  @Override
  public void addProposal(Proposal proposal) {
    em.persist(proposal);
  }

  @Override
  public List<Proposal> proposals(
      long roundId, ProposalState state, Reach reach, boolean roundVisible, int first, int max) {
    Where where = proposalWhere(roundId, state, reach, roundVisible);
    TypedQuery<Proposal> query =
        em.createQuery(
            "select p from Proposal p where " + where.text() + " order by p.receivedOn, p.id",
            Proposal.class);
    where.parameters().forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long countProposals(long roundId, ProposalState state, Reach reach, boolean roundVisible) {
    Where where = proposalWhere(roundId, state, reach, roundVisible);
    TypedQuery<Long> query =
        em.createQuery("select count(p) from Proposal p where " + where.text(), Long.class);
    where.parameters().forEach(query::setParameter);
    return query.getSingleResult();
  }

  private static Where proposalWhere(
      long roundId, ProposalState state, Reach reach, boolean roundVisible) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    conditions.add("p.roundId = :round");
    parameters.put("round", roundId);
    if (state != null) {
      conditions.add("p.state = :state");
      parameters.put("state", state);
    }
    if (!roundVisible) {
      ReachQuery.add(reach, conditions, parameters, "p.unitPath");
    }
    return new Where(String.join(" and ", conditions), parameters);
  }

  @Override
  public List<Proposal> mergedInto(long proposalId) {
    return em.createQuery(
            "select p from Proposal p where p.mergedIntoId = :id order by p.id", Proposal.class)
        .setParameter("id", proposalId)
        .getResultList();
  }

  @Override
  public Optional<Proposal> adoptedAs(String taskNumber) {
    return em.createQuery("select p from Proposal p where p.taskNumber = :task", Proposal.class)
        .setParameter("task", taskNumber)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private record Where(String text, Map<String, Object> parameters) {}
}
