package cn.finegov.planning.domain.model.evaluation;

import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.plan.PlanRepository.Reach;
import java.util.List;
import java.util.Optional;

/** Evaluation rounds and their scores. */
public interface EvaluationRepository {

  Optional<EvaluationRound> find(long id);

  /** The round of a unit, year and level (there is at most one). */
  Optional<EvaluationRound> findOf(long unitId, int year, PlanLevel level);

  void add(EvaluationRound round);

  /** Rounds whose unit lies in the reach, newest year first. */
  List<EvaluationRound> search(Integer year, Reach reach, int first, int max);

  long count(Integer year, Reach reach);

  /** Published rounds, newest year first (the public page). */
  List<EvaluationRound> published(Integer year, int max);

  Optional<EvaluationScore> score(long evaluationId, long planId);

  void addScore(EvaluationScore score);

  List<EvaluationScore> scores(long evaluationId);

  long countScores(long evaluationId);

  /** Writes pending changes now, so that the versions a caller is shown are current. */
  void flush();
}
