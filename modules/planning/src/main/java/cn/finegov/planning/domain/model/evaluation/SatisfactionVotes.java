package cn.finegov.planning.domain.model.evaluation;

import cn.finegov.kernel.api.error.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The votes of one satisfaction evaluation (满意度测评票): satisfied (满意), basically satisfied (基本满意),
 * dissatisfied (不满意). Decision: the seeds name a yearly satisfaction evaluation by the deputies
 * without a score scale; the congresses vote with these three choices, so the suite keeps the
 * counts and derives the satisfaction rate (满意率) = (satisfied + basically satisfied) / votes, in
 * per cent with one decimal, rounded half up.
 */
@Embeddable
public class SatisfactionVotes implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Most votes of one choice (a congress is far smaller). */
  public static final int MAX_VOTES = 100_000;

  @Column(name = "satisfied", nullable = false)
  private int satisfied;

  @Column(name = "basically_satisfied", nullable = false)
  private int basicallySatisfied;

  @Column(name = "dissatisfied", nullable = false)
  private int dissatisfied;

  protected SatisfactionVotes() {}

  /**
   * The votes.
   *
   * @throws ValidationException for a negative or too large count, or no vote at all
   */
  public static SatisfactionVotes of(int satisfied, int basicallySatisfied, int dissatisfied) {
    ValidationException.Collector errors = new ValidationException.Collector();
    check(errors, "satisfied", satisfied);
    check(errors, "basicallySatisfied", basicallySatisfied);
    check(errors, "dissatisfied", dissatisfied);
    errors.throwIfAny();
    if ((long) satisfied + basicallySatisfied + dissatisfied == 0) {
      throw ValidationException.of("satisfied", "planning.evaluation.no-votes");
    }
    SatisfactionVotes votes = new SatisfactionVotes();
    votes.satisfied = satisfied;
    votes.basicallySatisfied = basicallySatisfied;
    votes.dissatisfied = dissatisfied;
    return votes;
  }

  private static void check(ValidationException.Collector errors, String field, int count) {
    if (count < 0 || count > MAX_VOTES) {
      errors.add(field, "planning.evaluation.votes-invalid", 0, MAX_VOTES);
    }
  }

  public int satisfied() {
    return satisfied;
  }

  public int basicallySatisfied() {
    return basicallySatisfied;
  }

  public int dissatisfied() {
    return dissatisfied;
  }

  public int total() {
    return satisfied + basicallySatisfied + dissatisfied;
  }

  /** (satisfied + basically satisfied) / votes, in per cent, one decimal, half up. */
  public BigDecimal rate() {
    return percent(satisfied + basicallySatisfied);
  }

  /** satisfied / votes, in per cent, one decimal, half up. */
  public BigDecimal satisfiedRate() {
    return percent(satisfied);
  }

  private BigDecimal percent(int part) {
    return BigDecimal.valueOf(part)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(total()), 1, RoundingMode.HALF_UP);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SatisfactionVotes v
        && satisfied == v.satisfied
        && basicallySatisfied == v.basicallySatisfied
        && dissatisfied == v.dissatisfied;
  }

  @Override
  public int hashCode() {
    return Objects.hash(satisfied, basicallySatisfied, dissatisfied);
  }

  @Override
  public String toString() {
    return satisfied + "/" + basicallySatisfied + "/" + dissatisfied;
  }
}
