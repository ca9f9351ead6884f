package cn.finegov.planning.domain.model.opinion;

import cn.finegov.planning.domain.model.plan.PlanRepository.Reach;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Public opinions. */
public interface OpinionRepository {

  Optional<PublicOpinion> find(long id);

  void add(PublicOpinion opinion);

  /** Opinions whose unit lies in the reach, oldest deadline first. */
  List<PublicOpinion> search(OpinionFilter filter, Reach reach, int first, int max);

  long count(OpinionFilter filter, Reach reach);

  /** Writes pending changes now, so that the versions a caller is shown are current. */
  void flush();

  /**
   * What a list of opinions may be narrowed to.
   *
   * @param state one state, or {@code null}
   * @param overdueOn only those unanswered after their last day on this day, or {@code null}
   * @param unitCode one unit, or {@code null}
   * @param text a part of the subject, or {@code null}
   */
  record OpinionFilter(OpinionState state, LocalDate overdueOn, String unitCode, String text) {}
}
