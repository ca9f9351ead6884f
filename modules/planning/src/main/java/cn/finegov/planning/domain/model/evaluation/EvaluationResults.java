package cn.finegov.planning.domain.model.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The results of a round: each scored plan with its rate and rank. Ranked by satisfaction rate,
 * then by the share of "satisfied" votes, both descending; equal on both share a rank (1, 1, 3).
 */
public final class EvaluationResults {

  private EvaluationResults() {}

  /** One ranked line. */
  public record Ranked(EvaluationScore score, int rank) {}

  public static List<Ranked> rank(List<EvaluationScore> scores) {
    Comparator<EvaluationScore> order =
        Comparator.comparing((EvaluationScore s) -> s.votes().rate())
            .thenComparing(s -> s.votes().satisfiedRate())
            .reversed();
    List<EvaluationScore> sorted = new ArrayList<>(scores);
    sorted.sort(order.thenComparing(EvaluationScore::unit, Comparator.comparing(u -> u.code())));
    List<Ranked> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      EvaluationScore score = sorted.get(i);
      int rank =
          i > 0 && order.compare(sorted.get(i - 1), score) == 0 ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(new Ranked(score, rank));
    }
    return ranked;
  }
}
