package cn.finegov.grid.domain.model.gridcase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One line of a case's timeline: who took which action when, from which state to which. */
@Entity
@Table(name = "grd_case_event")
public class CaseEvent implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grd_case_event_seq")
  @SequenceGenerator(
      name = "grd_case_event_seq",
      sequenceName = "grd_case_event_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private GridCase gridCase;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", length = 80, nullable = false, updatable = false)
  private String actor;

  /** {@code null} for the report itself. */
  @Enumerated(EnumType.STRING)
  @Column(name = "action", length = 30, updatable = false)
  private CaseAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", length = 30, updatable = false)
  private CaseState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", length = 30, nullable = false, updatable = false)
  private CaseState toState;

  /** The unit the case went to, where the action names one (dispatch, arbitration). */
  @Column(name = "unit_code", length = 32, updatable = false)
  private String unitCode;

  @Column(name = "reason", length = 2000, updatable = false)
  private String reason;

  protected CaseEvent() {}

  CaseEvent(
      GridCase gridCase,
      Instant occurredAt,
      String actor,
      CaseAction action,
      CaseState fromState,
      CaseState toState,
      String unitCode,
      String reason) {
    this.gridCase = gridCase;
    this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    this.actor = actor;
    this.action = action;
    this.fromState = fromState;
    this.toState = toState;
    this.unitCode = unitCode;
    this.reason = reason;
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  /** The action, or {@code null} for the report that opened the case. */
  public CaseAction action() {
    return action;
  }

  public CaseState fromState() {
    return fromState;
  }

  public CaseState toState() {
    return toState;
  }

  public String unitCode() {
    return unitCode;
  }

  public String reason() {
    return reason;
  }
}
