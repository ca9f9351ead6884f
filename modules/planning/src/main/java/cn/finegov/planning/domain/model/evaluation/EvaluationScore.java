package cn.finegov.planning.domain.model.evaluation;

import cn.finegov.planning.domain.model.task.UnitRef;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The deputies' votes on one unit's report on its plan in an evaluation round; entered again while
 * the round is open (the last entry counts, each one audited).
 */
@Entity
@Table(name = "pln_evaluation_score")
public class EvaluationScore {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pln_evaluation_score_seq")
  @SequenceGenerator(
      name = "pln_evaluation_score_seq",
      sequenceName = "pln_evaluation_score_seq",
      allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "evaluation_id", nullable = false, updatable = false)
  private long evaluationId;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private long planId;

  @Column(name = "plan_title", length = 200, nullable = false)
  private String planTitle;

  @Column(name = "unit_id", nullable = false, updatable = false)
  private long unitId;

  @Column(name = "unit_code", length = 32, nullable = false)
  private String unitCode;

  @Column(name = "unit_path", length = 1000, nullable = false)
  private String unitPath;

  @Embedded private SatisfactionVotes votes;

  @Column(name = "recorded_by", length = 80, nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected EvaluationScore() {}

  /** The votes on a plan's report; the round must have checked the plan. */
  public static EvaluationScore of(
      EvaluationRound round,
      long planId,
      String planTitle,
      UnitRef unit,
      SatisfactionVotes votes,
      String actor,
      Instant now) {
    EvaluationScore score = new EvaluationScore();
    score.evaluationId = round.id();
    score.planId = planId;
    score.planTitle = planTitle;
    score.unitId = unit.id();
    score.unitCode = unit.code();
    score.unitPath = unit.path();
    score.votes = votes;
    score.recordedBy = actor;
    score.recordedAt = now;
    return score;
  }

  /** New votes replace the earlier ones (the round checks it is open). */
  public void recount(SatisfactionVotes newVotes, String actor, Instant now) {
    votes = newVotes;
    recordedBy = actor;
    recordedAt = now;
  }

  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("evaluation", evaluationId);
    values.put("plan", planId);
    values.put("unit", unitCode);
    values.put("satisfied", votes.satisfied());
    values.put("basicallySatisfied", votes.basicallySatisfied());
    values.put("dissatisfied", votes.dissatisfied());
    values.put("rate", votes.rate().toPlainString());
    return values;
  }

  public Long id() {
    return id;
  }

  public long evaluationId() {
    return evaluationId;
  }

  public long planId() {
    return planId;
  }

  public String planTitle() {
    return planTitle;
  }

  public UnitRef unit() {
    return new UnitRef(unitId, unitCode, unitPath);
  }

  public SatisfactionVotes votes() {
    return votes;
  }
}
