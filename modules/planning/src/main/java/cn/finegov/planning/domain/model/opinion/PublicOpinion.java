package cn.finegov.planning.domain.model.opinion;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.planning.domain.model.solicitation.CitizenContact;
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
 * A member of the public's opinion or suggestion on governance work (意见建议, seed 000 article 8):
 * recorded with its channel and the citizen's contact, assigned to a unit, taken up and answered
 * (反馈研究处理情况). Its deadline is counted in working days from the day it was received and kept with
 * how it was counted ({@link Deadline}); it is overdue while unanswered after that day.
 */
@Entity
@Table(name = "pln_opinion")
public class PublicOpinion {

  public static final int MAX_SUBJECT = 200;
  public static final int MAX_TEXT = 20_000;
  public static final int MAX_ANSWER = 4_000;
  public static final int MAX_NOTE = 1_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pln_opinion_seq")
  @SequenceGenerator(
      name = "pln_opinion_seq",
      sequenceName = "pln_opinion_seq",
      allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 10, nullable = false, updatable = false)
  private OpinionChannel channel;

  @Column(name = "subject", length = MAX_SUBJECT, nullable = false)
  private String subject;

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
  @Column(name = "state", length = 10, nullable = false)
  private OpinionState state;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "working_days", nullable = false)
  private int workingDays;

  @Column(name = "deadline_note", length = MAX_NOTE)
  private String deadlineNote;

  @Column(name = "answer", length = MAX_ANSWER)
  private String answer;

  @Column(name = "answered_by", length = 80)
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answered_on")
  private LocalDate answeredOn;

  @Column(name = "recorded_by", length = 80, nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected PublicOpinion() {}

  /** What the citizen wrote and how. */
  public record Submission(
      OpinionChannel channel,
      String subject,
      String content,
      CitizenContact contact,
      LocalDate receivedOn) {}

  /**
   * The deadline as the calendar counted it.
   *
   * @param workingDays the working days allowed
   * @param dueDate the last day for the answer
   * @param note how it was counted (the calendar's explanation)
   */
  public record Deadline(int workingDays, LocalDate dueDate, String note) {}

  /**
   * A new opinion assigned to a unit.
   *
   * @throws ValidationException for a missing channel, subject or day, texts too long, a day in the
   *     future
   */
  public static PublicOpinion receive(
      Submission submission,
      UnitRef unit,
      Deadline deadline,
      LocalDate today,
      String actor,
      Instant now) {
    ValidationException.Collector errors = new ValidationException.Collector();
    if (submission.channel() == null) {
      errors.add("channel", "validation.required");
    }
    errors.required("subject", submission.subject());
    errors.maxLength("subject", strip(submission.subject()), MAX_SUBJECT);
    errors.maxLength("content", submission.content(), MAX_TEXT);
    if (submission.receivedOn() == null) {
      errors.add("receivedOn", "validation.required");
    } else if (submission.receivedOn().isAfter(today)) {
      errors.add("receivedOn", "planning.opinion.received-future");
    }
    errors.throwIfAny();
    PublicOpinion opinion = new PublicOpinion();
    opinion.channel = submission.channel();
    opinion.subject = strip(submission.subject());
    opinion.content = blankToNull(submission.content());
    opinion.contact = submission.contact();
    opinion.receivedOn = submission.receivedOn();
    opinion.unitId = unit.id();
    opinion.unitCode = unit.code();
    opinion.unitPath = unit.path();
    opinion.state = OpinionState.ASSIGNED;
    opinion.workingDays = deadline.workingDays();
    opinion.dueDate = deadline.dueDate();
    opinion.deadlineNote = truncate(deadline.note());
    opinion.recordedBy = actor;
    opinion.recordedAt = now;
    return opinion;
  }

  /**
   * Hands it to another unit, which takes it up anew (the deadline stays).
   *
   * @throws DomainException {@code CONFLICT} once answered or for the same unit
   */
  public void reassign(UnitRef unit) {
    requireOpen();
    if (unit.id() == unitId) {
      throw DomainException.conflict("planning.opinion.same-unit", unit.code());
    }
    unitId = unit.id();
    unitCode = unit.code();
    unitPath = unit.path();
    state = OpinionState.ASSIGNED;
  }

  /**
   * The unit takes it up (开始办理).
   *
   * @throws DomainException {@code CONFLICT} unless assigned
   */
  public void takeUp() {
    if (state != OpinionState.ASSIGNED) {
      throw DomainException.conflict("planning.opinion.not-assigned", id, state.label());
    }
    state = OpinionState.HANDLING;
  }

  /**
   * Answered (反馈): the feedback given to the citizen.
   *
   * @throws ValidationException without an answer, or one too long
   * @throws DomainException {@code CONFLICT} once answered
   */
  public void answer(String text, LocalDate on, String actor, Instant now) {
    requireOpen();
    String clean = blankToNull(text);
    if (clean == null) {
      throw ValidationException.of("answer", "planning.opinion.answer-required");
    }
    if (clean.length() > MAX_ANSWER) {
      throw ValidationException.of("answer", "validation.too-long", MAX_ANSWER);
    }
    answer = clean;
    answeredOn = on;
    answeredBy = actor;
    answeredAt = now;
    state = OpinionState.ANSWERED;
  }

  /** Unanswered after its last day. */
  public boolean overdueOn(LocalDate today) {
    return state.open() && today.isAfter(dueDate);
  }

  /** Answered after its last day. */
  public boolean answeredLate() {
    return answeredOn != null && answeredOn.isAfter(dueDate);
  }

  private void requireOpen() {
    if (!state.open()) {
      throw DomainException.conflict("planning.opinion.answered", id);
    }
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String truncate(String note) {
    return note == null || note.length() <= MAX_NOTE ? note : note.substring(0, MAX_NOTE);
  }

  /** The values an audit entry records: the contact only masked. */
  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("channel", channel.name());
    values.put("subject", subject);
    values.put("contact", contact == null ? null : contact.masked());
    values.put("receivedOn", String.valueOf(receivedOn));
    values.put("unit", unitCode);
    values.put("state", state.name());
    values.put("dueDate", String.valueOf(dueDate));
    values.put("answer", answer);
    return values;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public OpinionChannel channel() {
    return channel;
  }

  public String subject() {
    return subject;
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

  public OpinionState state() {
    return state;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public int workingDays() {
    return workingDays;
  }

  public String deadlineNote() {
    return deadlineNote;
  }

  public String answerText() {
    return answer;
  }

  public String answeredBy() {
    return answeredBy;
  }

  public LocalDate answeredOn() {
    return answeredOn;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
