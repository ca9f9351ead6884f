package cn.finegov.planning.domain.model.solicitation;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.planning.domain.model.task.TaskSource;
import cn.finegov.planning.domain.model.task.UnitRef;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A task proposal (任务建议) received in a solicitation round: through which channel, from what source
 * (a liaison station, a newspaper, a named deputy…), with the citizen's contact (personal data, see
 * {@link CitizenContact}). The unit it is assigned to (the round's unit, or one below it) evaluates
 * it once with a reasoned answer: {@link #adopt} (with the task it became), {@link #mergeInto}
 * another proposal of the round (a duplicate; the trace is kept), or {@link #decline} with the
 * reason.
 */
@Entity
@Table(name = "pln_proposal")
public class Proposal {

  public static final int MAX_TITLE = 200;
  public static final int MAX_SOURCE = 200;
  public static final int MAX_TEXT = 20_000;
  public static final int MAX_ANSWER = 2_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pln_proposal_seq")
  @SequenceGenerator(
      name = "pln_proposal_seq",
      sequenceName = "pln_proposal_seq",
      allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "round_id", nullable = false, updatable = false)
  private long roundId;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 30, nullable = false, updatable = false)
  private TaskSource channel;

  @Column(name = "source", length = MAX_SOURCE)
  private String source;

  @Column(name = "title", length = MAX_TITLE, nullable = false)
  private String title;

  @Lob
  @Column(name = "content")
  private String content;

  @Embedded private CitizenContact contact;

  @Column(name = "received_on", nullable = false, updatable = false)
  private LocalDate receivedOn;

  @Column(name = "unit_id", nullable = false)
  private long unitId;

  @Column(name = "unit_code", length = 32, nullable = false)
  private String unitCode;

  @Column(name = "unit_path", length = 1000, nullable = false)
  private String unitPath;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 20, nullable = false)
  private ProposalState state;

  @Column(name = "answer", length = MAX_ANSWER)
  private String answer;

  @Column(name = "merged_into_id")
  private Long mergedIntoId;

  @Column(name = "plan_id")
  private Long planId;

  @Column(name = "task_number", length = 20)
  private String taskNumber;

  @Column(name = "recorded_by", length = 80, nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "evaluated_by", length = 80)
  private String evaluatedBy;

  @Column(name = "evaluated_at")
  private Instant evaluatedAt;

  protected Proposal() {}

  /** What the citizen proposed and where it came from. */
  public record Submission(
      TaskSource channel,
      String source,
      String title,
      String content,
      CitizenContact contact,
      LocalDate receivedOn) {}

  /**
   * A proposal received in a round, assigned to {@code unit} for evaluation.
   *
   * @throws ValidationException for a missing channel, title or day, texts too long
   * @throws DomainException {@code RULE} when the round takes no proposals that day or through that
   *     channel, or the unit lies outside the round's unit
   */
  public static Proposal receive(
      SolicitationRound round, Submission submission, UnitRef unit, String actor, Instant now) {
    ValidationException.Collector errors = new ValidationException.Collector();
    if (submission.channel() == null) {
      errors.add("channel", "validation.required");
    }
    errors.required("title", submission.title());
    errors.maxLength("title", strip(submission.title()), MAX_TITLE);
    errors.maxLength("source", strip(submission.source()), MAX_SOURCE);
    errors.maxLength("content", submission.content(), MAX_TEXT);
    if (submission.receivedOn() == null) {
      errors.add("receivedOn", "validation.required");
    }
    errors.throwIfAny();
    round.requireAccepting(submission.receivedOn(), submission.channel());
    Proposal proposal = new Proposal();
    proposal.roundId = round.id();
    proposal.channel = submission.channel();
    proposal.source = blankToNull(submission.source());
    proposal.title = strip(submission.title());
    proposal.content = blankToNull(submission.content());
    proposal.contact = submission.contact();
    proposal.receivedOn = submission.receivedOn();
    proposal.assignTo(round, unit);
    proposal.state = ProposalState.RECEIVED;
    proposal.recordedBy = actor;
    proposal.recordedAt = now;
    return proposal;
  }

  /**
   * Hands the evaluation to another unit: the round's unit or one below it.
   *
   * @throws DomainException {@code CONFLICT} once evaluated; {@code RULE} for a unit outside the
   *     round's unit
   */
  public void reassign(SolicitationRound round, UnitRef unit) {
    requireReceived();
    assignTo(round, unit);
  }

  private void assignTo(SolicitationRound round, UnitRef unit) {
    if (!unit.path().startsWith(round.unit().path())) {
      throw DomainException.rule(
          "planning.proposal.unit-outside", unit.code(), round.unit().code());
    }
    unitId = unit.id();
    unitCode = unit.code();
    unitPath = unit.path();
  }

  /**
   * Adopted (采纳): it became task {@code taskNumber} of plan {@code planId}.
   *
   * @throws DomainException {@code CONFLICT} once evaluated
   */
  public void adopt(long plan, String task, String answerText, String actor, Instant now) {
    requireReceived();
    String text = checkedAnswer(answerText, false);
    state = ProposalState.ADOPTED;
    planId = plan;
    taskNumber = task;
    evaluated(text, actor, now);
  }

  /**
   * Merged (合并) into another proposal of the same round, a duplicate of it. The other one must not
   * be merged itself (merge into the surviving proposal), so that merges never form a cycle.
   *
   * @throws DomainException {@code CONFLICT} once evaluated; {@code RULE} for itself, a proposal of
   *     another round or a merged one
   */
  public void mergeInto(Proposal other, String answerText, String actor, Instant now) {
    requireReceived();
    if (other == this || (id != null && id.equals(other.id))) {
      throw DomainException.rule("planning.proposal.merge-self");
    }
    if (other.roundId != roundId) {
      throw DomainException.rule("planning.proposal.merge-other-round", other.id);
    }
    if (other.state == ProposalState.MERGED) {
      throw DomainException.rule(
          "planning.proposal.merge-into-merged", other.id, other.mergedIntoId);
    }
    String text = checkedAnswer(answerText, false);
    state = ProposalState.MERGED;
    mergedIntoId = other.id;
    evaluated(text, actor, now);
  }

  /**
   * Not adopted (不予采纳), with the reason the citizen is given.
   *
   * @throws ValidationException without a reason
   * @throws DomainException {@code CONFLICT} once evaluated
   */
  public void decline(String reason, String actor, Instant now) {
    requireReceived();
    String text = checkedAnswer(reason, true);
    state = ProposalState.NOT_ADOPTED;
    evaluated(text, actor, now);
  }

  private void evaluated(String text, String actor, Instant now) {
    answer = text;
    evaluatedBy = actor;
    evaluatedAt = now;
  }

  private void requireReceived() {
    if (state.evaluated()) {
      throw DomainException.conflict("planning.proposal.evaluated", id, state.label());
    }
  }

  private static String checkedAnswer(String text, boolean required) {
    String clean = blankToNull(text);
    if (required && clean == null) {
      throw ValidationException.of("answer", "planning.proposal.reason-required");
    }
    if (clean != null && clean.length() > MAX_ANSWER) {
      throw ValidationException.of("answer", "validation.too-long", MAX_ANSWER);
    }
    return clean;
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The values an audit entry records: the contact only masked. */
  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("round", roundId);
    values.put("channel", channel.name());
    values.put("source", source);
    values.put("title", title);
    values.put("contact", contact == null ? null : contact.masked());
    values.put("receivedOn", String.valueOf(receivedOn));
    values.put("unit", unitCode);
    values.put("state", state.name());
    values.put("answer", answer);
    values.put("mergedInto", mergedIntoId);
    values.put("taskNumber", taskNumber);
    return values;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public long roundId() {
    return roundId;
  }

  public TaskSource channel() {
    return channel;
  }

  public String source() {
    return source;
  }

  public String title() {
    return title;
  }

  public String content() {
    return content;
  }

  public Optional<CitizenContact> contact() {
    return Optional.ofNullable(contact);
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public UnitRef unit() {
    return new UnitRef(unitId, unitCode, unitPath);
  }

  public ProposalState state() {
    return state;
  }

  public String answer() {
    return answer;
  }

  public Optional<Long> mergedIntoId() {
    return Optional.ofNullable(mergedIntoId);
  }

  public Optional<Long> planId() {
    return Optional.ofNullable(planId);
  }

  public Optional<String> taskNumber() {
    return Optional.ofNullable(taskNumber);
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String evaluatedBy() {
    return evaluatedBy;
  }

  public Instant evaluatedAt() {
    return evaluatedAt;
  }
}
