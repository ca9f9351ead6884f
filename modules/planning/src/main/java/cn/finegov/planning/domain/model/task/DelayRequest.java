package cn.finegov.planning.domain.model.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A request to move a task's deadline (延期/调整申请, the delay report of the plan rules): the reason,
 * the deadline proposed, and the issuing unit's decision. Made and decided through {@link
 * GovernanceTask}.
 */
@Entity
@Table(name = "pln_delay_request")
public class DelayRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pln_delay_request_seq")
  @SequenceGenerator(
      name = "pln_delay_request_seq",
      sequenceName = "pln_delay_request_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "task_id", nullable = false, updatable = false)
  private GovernanceTask task;

  @Column(name = "reason", length = GovernanceTask.MAX_REASON, nullable = false)
  private String reason;

  @Column(name = "proposed_deadline", nullable = false)
  private LocalDate proposedDeadline;

  @Column(name = "previous_deadline", nullable = false)
  private LocalDate previousDeadline;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 12, nullable = false)
  private DelayState state;

  @Column(name = "requested_by", length = 80, nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_by", length = 80)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note", length = GovernanceTask.MAX_REASON)
  private String decisionNote;

  protected DelayRequest() {}

  DelayRequest(
      GovernanceTask task,
      String reason,
      LocalDate proposedDeadline,
      LocalDate previousDeadline,
      String actor,
      Instant now) {
    this.task = task;
    this.reason = reason;
    this.proposedDeadline = proposedDeadline;
    this.previousDeadline = previousDeadline;
    this.state = DelayState.PENDING;
    this.requestedBy = actor;
    this.requestedAt = now;
  }

  void decide(boolean approved, String note, String actor, Instant now) {
    state = approved ? DelayState.APPROVED : DelayState.REJECTED;
    decisionNote = note;
    decidedBy = actor;
    decidedAt = now;
  }

  public Long id() {
    return id;
  }

  public GovernanceTask task() {
    return task;
  }

  public String reason() {
    return reason;
  }

  public LocalDate proposedDeadline() {
    return proposedDeadline;
  }

  public LocalDate previousDeadline() {
    return previousDeadline;
  }

  public DelayState state() {
    return state;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<String> decisionNote() {
    return Optional.ofNullable(decisionNote);
  }
}
