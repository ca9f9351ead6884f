package cn.finegov.integration.hotline.ticket;

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
import java.time.Instant;

/** 回访: the caller's satisfaction, recorded against the unit that handled the ticket's case. */
@Entity
@Table(name = "hln_return_visit")
public class ReturnVisit {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hln_return_visit_seq")
  @SequenceGenerator(
      name = "hln_return_visit_seq",
      sequenceName = "hln_return_visit_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
  private HotlineTicket ticket;

  @Column(name = "visited_at", nullable = false, updatable = false)
  private Instant visitedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "result", length = 20, nullable = false, updatable = false)
  private Satisfaction result;

  @Column(name = "remark", length = 1000, updatable = false)
  private String remark;

  @Column(name = "unit_code", length = 32, updatable = false)
  private String unitCode;

  @Column(name = "case_number", length = 40, updatable = false)
  private String caseNumber;

  @Column(name = "reopened", nullable = false)
  private boolean reopened;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  protected ReturnVisit() {}

  ReturnVisit(
      HotlineTicket ticket,
      Instant visitedAt,
      Satisfaction result,
      String remark,
      boolean reopened,
      Instant receivedAt) {
    this.ticket = ticket;
    this.visitedAt = visitedAt;
    this.result = result;
    this.remark = remark;
    this.unitCode = ticket.handlingUnit();
    this.caseNumber = ticket.caseNumber();
    this.reopened = reopened;
    this.receivedAt = receivedAt;
  }

  public Long id() {
    return id;
  }

  public HotlineTicket ticket() {
    return ticket;
  }

  public Instant visitedAt() {
    return visitedAt;
  }

  public Satisfaction result() {
    return result;
  }

  public String remark() {
    return remark;
  }

  public String unitCode() {
    return unitCode;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public boolean reopened() {
    return reopened;
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
