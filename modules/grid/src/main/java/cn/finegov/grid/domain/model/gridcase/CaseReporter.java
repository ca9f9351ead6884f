package cn.finegov.grid.domain.model.gridcase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Somebody who reported the same problem in a case merged into this one (carried over). */
@Entity
@Table(name = "grd_case_reporter")
public class CaseReporter implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grd_case_reporter_seq")
  @SequenceGenerator(
      name = "grd_case_reporter_seq",
      sequenceName = "grd_case_reporter_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private GridCase gridCase;

  @Column(name = "reported_by", length = 80, nullable = false, updatable = false)
  private String reportedBy;

  @Column(name = "reported_at", nullable = false, updatable = false)
  private Instant reportedAt;

  @Column(name = "from_case", length = 24, nullable = false, updatable = false)
  private String fromCase;

  protected CaseReporter() {}

  CaseReporter(GridCase gridCase, String reportedBy, Instant reportedAt, String fromCase) {
    this.gridCase = gridCase;
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
    this.fromCase = fromCase;
  }

  public String reportedBy() {
    return reportedBy;
  }

  public Instant reportedAt() {
    return reportedAt;
  }

  /** The number of the merged case the report came with. */
  public String fromCase() {
    return fromCase;
  }
}
