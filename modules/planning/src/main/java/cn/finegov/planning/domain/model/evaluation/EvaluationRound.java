package cn.finegov.planning.domain.model.evaluation;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.task.UnitRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A yearly satisfaction evaluation round (年度满意度测评) organised for a unit's area: the reports on the
 * plans of one year and one level within that unit (e.g. the district's departments' and streets'
 * plans of 2026) are scored by the deputies' votes, one {@link EvaluationScore} per plan. Scores
 * change while {@link EvaluationState#OPEN}; {@link #publish} fixes them and makes the results
 * public. One round per unit, year and level.
 */
@Entity
@Table(name = "pln_evaluation")
public class EvaluationRound {

  public static final int MAX_TITLE = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pln_evaluation_seq")
  @SequenceGenerator(
      name = "pln_evaluation_seq",
      sequenceName = "pln_evaluation_seq",
      allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "eval_year", nullable = false, updatable = false)
  private int evalYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "plan_level", length = 12, nullable = false, updatable = false)
  private PlanLevel level;

  @Column(name = "unit_id", nullable = false, updatable = false)
  private long unitId;

  @Column(name = "unit_code", length = 32, nullable = false, updatable = false)
  private String unitCode;

  @Column(name = "unit_path", length = 1000, nullable = false)
  private String unitPath;

  @Column(name = "title", length = MAX_TITLE, nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 10, nullable = false)
  private EvaluationState state;

  @Column(name = "created_by", length = 80, nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "published_by", length = 80)
  private String publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  protected EvaluationRound() {}

  /**
   * A new open round.
   *
   * @throws ValidationException for a year outside 2000..2100, no level, a missing or long title
   */
  public static EvaluationRound open(
      int year, PlanLevel level, UnitRef unit, String title, String actor, Instant now) {
    ValidationException.Collector errors = new ValidationException.Collector();
    if (year < 2000 || year > 2100) {
      errors.add("year", "planning.plan.year-invalid", year, 2000, 2100);
    }
    if (level == null) {
      errors.add("level", "validation.required");
    }
    String clean = title == null ? null : title.strip();
    errors.required("title", clean);
    errors.maxLength("title", clean, MAX_TITLE);
    errors.throwIfAny();
    EvaluationRound round = new EvaluationRound();
    round.evalYear = year;
    round.level = level;
    round.unitId = unit.id();
    round.unitCode = unit.code();
    round.unitPath = unit.path();
    round.title = clean;
    round.state = EvaluationState.OPEN;
    round.createdBy = actor;
    round.createdAt = now;
    return round;
  }

  /**
   * Refuses a score for a plan this round does not evaluate: another year or level, or a unit
   * outside the round's unit.
   *
   * @throws DomainException {@code CONFLICT} once published; {@code RULE} for such a plan
   */
  public void requireScorable(int planYear, PlanLevel planLevel, String planUnitPath) {
    requireOpen();
    if (planYear != evalYear || planLevel != level || !planUnitPath.startsWith(unitPath)) {
      throw DomainException.rule(
          "planning.evaluation.plan-outside", title, evalYear, level.label());
    }
  }

  /**
   * Publishes the results.
   *
   * @param scores how many plans were scored
   * @throws DomainException {@code CONFLICT} once published; {@code RULE} without scores
   */
  public void publish(long scores, String actor, Instant now) {
    requireOpen();
    if (scores == 0) {
      throw DomainException.rule("planning.evaluation.nothing-scored", title);
    }
    state = EvaluationState.PUBLISHED;
    publishedBy = actor;
    publishedAt = now;
  }

  public void requireOpen() {
    if (state != EvaluationState.OPEN) {
      throw DomainException.conflict("planning.evaluation.published", title);
    }
  }

  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("year", evalYear);
    values.put("level", level.name());
    values.put("unit", unitCode);
    values.put("title", title);
    values.put("state", state.name());
    return values;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public int year() {
    return evalYear;
  }

  public PlanLevel level() {
    return level;
  }

  public UnitRef unit() {
    return new UnitRef(unitId, unitCode, unitPath);
  }

  public String title() {
    return title;
  }

  public EvaluationState state() {
    return state;
  }

  public Instant publishedAt() {
    return publishedAt;
  }
}
