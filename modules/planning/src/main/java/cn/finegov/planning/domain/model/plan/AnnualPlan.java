package cn.finegov.planning.domain.model.plan;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit's annual governance plan (年度计划): the problems it addresses, its targets and safeguards,
 * with its task list ({@code GovernanceTask}s of the plan). One plan per unit and year. Its
 * contents change only in {@link PlanState#DRAFT}; the lifecycle goes through {@link #act}.
 */
@Entity
@Table(name = "pln_plan")
public class AnnualPlan {

  /** Longest title. */
  public static final int MAX_TITLE = 200;

  /** Longest text of problems, targets or safeguards. */
  public static final int MAX_TEXT = 20_000;

  /** Longest reason of a return. */
  public static final int MAX_REASON = 2_000;

  /** Earliest and latest plan years accepted. */
  public static final int MIN_YEAR = 2000;

  public static final int MAX_YEAR = 2100;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pln_plan_seq")
  @SequenceGenerator(name = "pln_plan_seq", sequenceName = "pln_plan_seq", allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "plan_year", nullable = false, updatable = false)
  private int planYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "plan_level", length = 12, nullable = false, updatable = false)
  private PlanLevel level;

  @Column(name = "owner_unit_id", nullable = false, updatable = false)
  private long ownerUnitId;

  @Column(name = "owner_unit_code", length = 32, nullable = false)
  private String ownerUnitCode;

  @Column(name = "owner_path", length = 1000, nullable = false)
  private String ownerPath;

  @Column(name = "parent_plan_id")
  private Long parentPlanId;

  @Column(name = "title", length = MAX_TITLE, nullable = false)
  private String title;

  @Lob
  @Column(name = "problems")
  private String problems;

  @Lob
  @Column(name = "targets")
  private String targets;

  @Lob
  @Column(name = "safeguards")
  private String safeguards;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 20, nullable = false)
  private PlanState state;

  @Column(name = "return_reason", length = MAX_REASON)
  private String returnReason;

  @Column(name = "created_by", length = 80, nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "approved_by", length = 80)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "published_by", length = 80)
  private String publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  protected AnnualPlan() {}

  /** The unit a plan belongs to, as the organisation tree names it. */
  public record Owner(long unitId, String unitCode, String unitPath) {
    public Owner {
      Objects.requireNonNull(unitCode, "unitCode");
      Objects.requireNonNull(unitPath, "unitPath");
    }
  }

  /** What a plan says. */
  public record Contents(String title, String problems, String targets, String safeguards) {}

  /**
   * A new plan in {@link PlanState#DRAFT}.
   *
   * @param parent the plan of the issuing level (same year, a unit above), or {@code null}
   * @throws ValidationException for a year outside 2000..2100, a missing title or texts too long
   */
  public static AnnualPlan draft(
      int year,
      PlanLevel level,
      Owner owner,
      Contents contents,
      AnnualPlan parent,
      String actor,
      Instant now) {
    ValidationException.Collector errors = new ValidationException.Collector();
    if (year < MIN_YEAR || year > MAX_YEAR) {
      errors.add("year", "planning.plan.year-invalid", year, MIN_YEAR, MAX_YEAR);
    }
    if (level == null) {
      errors.add("planLevel", "validation.required");
    }
    check(contents, errors);
    errors.throwIfAny();
    AnnualPlan plan = new AnnualPlan();
    plan.planYear = year;
    plan.level = level;
    plan.ownerUnitId = owner.unitId();
    plan.ownerUnitCode = owner.unitCode();
    plan.ownerPath = owner.unitPath();
    plan.apply(contents);
    plan.state = PlanState.DRAFT;
    plan.createdBy = actor;
    plan.createdAt = now;
    plan.updatedAt = now;
    if (parent != null) {
      plan.linkParent(parent);
    }
    return plan;
  }

  private static void check(Contents contents, ValidationException.Collector errors) {
    errors.required("title", contents.title());
    errors.maxLength("title", strip(contents.title()), MAX_TITLE);
    errors.maxLength("problems", contents.problems(), MAX_TEXT);
    errors.maxLength("targets", contents.targets(), MAX_TEXT);
    errors.maxLength("safeguards", contents.safeguards(), MAX_TEXT);
  }

  private void apply(Contents contents) {
    title = strip(contents.title());
    problems = blankToNull(contents.problems());
    targets = blankToNull(contents.targets());
    safeguards = blankToNull(contents.safeguards());
  }

  /**
   * Ties the plan to the plan of the issuing level: the same year, a unit above this plan's unit.
   *
   * @throws DomainException {@code RULE} ({@code planning.plan.parent-invalid}) otherwise
   */
  public void linkParent(AnnualPlan parent) {
    if (parent == this
        || parent.planYear != planYear
        || !ownerPath.startsWith(parent.ownerPath)
        || ownerPath.equals(parent.ownerPath)) {
      throw DomainException.rule("planning.plan.parent-invalid", parent.title, title);
    }
    parentPlanId = parent.id;
  }

  /**
   * Changes what the plan says.
   *
   * @throws DomainException {@code CONFLICT} ({@code planning.plan.read-only}) unless a draft
   */
  public void revise(Contents contents, Instant now) {
    requireEditable();
    ValidationException.Collector errors = new ValidationException.Collector();
    check(contents, errors);
    errors.throwIfAny();
    apply(contents);
    updatedAt = now;
  }

  /** Refuses unless the plan is a draft. */
  public void requireEditable() {
    if (!state.editable()) {
      throw DomainException.conflict("planning.plan.read-only", title, state.label());
    }
  }

  /**
   * Takes a lifecycle step.
   *
   * @return the state before
   * @throws DomainException {@code CONFLICT} for a step not allowed in the state; {@code INVALID}
   *     for a missing or too long reason
   */
  public PlanState act(PlanAction action, String actor, Instant now, String reason) {
    String cleanReason = blankToNull(reason);
    if (action.reasonRequired() && cleanReason == null) {
      throw ValidationException.of("reason", "planning.reason-required");
    }
    if (cleanReason != null && cleanReason.length() > MAX_REASON) {
      throw ValidationException.of("reason", "validation.too-long", MAX_REASON);
    }
    PlanState before = state;
    state = action.from(state);
    switch (action) {
      case SUBMIT -> {
        submittedAt = now;
        returnReason = null;
      }
      case RETURN -> {
        returnReason = cleanReason;
        approvedBy = null;
        approvedAt = null;
      }
      case APPROVE -> {
        approvedBy = actor;
        approvedAt = now;
      }
      case PUBLISH -> {
        publishedBy = actor;
        publishedAt = now;
      }
    }
    updatedAt = now;
    return before;
  }

  /**
   * Whether the plan is late: not published and the statutory date passed (the date itself still
   * counts as in time).
   */
  public boolean overdue(LocalDate dueDate, LocalDate today) {
    return state != PlanState.PUBLISHED && today.isAfter(dueDate);
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public int year() {
    return planYear;
  }

  public PlanLevel level() {
    return level;
  }

  public long ownerUnitId() {
    return ownerUnitId;
  }

  public String ownerUnitCode() {
    return ownerUnitCode;
  }

  public String ownerPath() {
    return ownerPath;
  }

  public Optional<Long> parentPlanId() {
    return Optional.ofNullable(parentPlanId);
  }

  public String title() {
    return title;
  }

  public String problems() {
    return problems;
  }

  public String targets() {
    return targets;
  }

  public String safeguards() {
    return safeguards;
  }

  public PlanState state() {
    return state;
  }

  public Optional<String> returnReason() {
    return Optional.ofNullable(returnReason);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public Optional<String> approvedBy() {
    return Optional.ofNullable(approvedBy);
  }

  public Optional<Instant> approvedAt() {
    return Optional.ofNullable(approvedAt);
  }

  public Optional<String> publishedBy() {
    return Optional.ofNullable(publishedBy);
  }

  public Optional<Instant> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }
}
