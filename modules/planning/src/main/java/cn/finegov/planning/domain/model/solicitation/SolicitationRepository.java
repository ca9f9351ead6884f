package cn.finegov.planning.domain.model.solicitation;

import cn.finegov.planning.domain.model.plan.PlanRepository.Reach;
import java.util.List;
import java.util.Optional;

/** Solicitation rounds and their proposals. */
public interface SolicitationRepository {

  Optional<SolicitationRound> findRound(long id);

  void addRound(SolicitationRound round);

  /** Rounds whose unit lies within the reach, of a year or all, newest first. */
  List<SolicitationRound> rounds(Integer year, Reach reach, int first, int max);

  long countRounds(Integer year, Reach reach);

  Optional<Proposal> findProposal(long id);

  void addProposal(Proposal proposal);

  /**
   * The proposals of a round visible within the reach (the round's unit or the assigned unit lies
   * in it), in the order received, optionally of one state.
   */
  List<Proposal> proposals(
      long roundId, ProposalState state, Reach reach, boolean roundVisible, int first, int max);

  long countProposals(long roundId, ProposalState state, Reach reach, boolean roundVisible);

  /** The proposals merged into this one. */
  List<Proposal> mergedInto(long proposalId);

  /** The proposal adopted as this task, if any. */
  Optional<Proposal> adoptedAs(String taskNumber);

  /** Writes pending changes now, so that the versions a caller is shown are current. */
  void flush();
}
