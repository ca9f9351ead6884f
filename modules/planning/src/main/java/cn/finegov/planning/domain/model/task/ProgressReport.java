package cn.finegov.planning.domain.model.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A progress report of the lead unit (进展报送): the progress reached (absent for a decomposed task,
 * whose progress is rolled up), what was done, and the evidence (kernel attachments of the task).
 */
@Entity
@Table(name = "pln_progress_report")
public class ProgressReport {

  /** Longest text. */
  public static final int MAX_TEXT = 4_000;

  /** Most evidence attachments per report. */
  public static final int MAX_ATTACHMENTS = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pln_progress_report_seq")
  @SequenceGenerator(
      name = "pln_progress_report_seq",
      sequenceName = "pln_progress_report_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "task_id", nullable = false, updatable = false)
  private GovernanceTask task;

  @Column(name = "percent")
  private Integer percent;

  @Column(name = "report_text", length = MAX_TEXT, nullable = false)
  private String text;

  @Column(name = "attachment_ids", length = 1000)
  private String attachmentIds;

  @Column(name = "reported_by", length = 80, nullable = false)
  private String reportedBy;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  protected ProgressReport() {}

  ProgressReport(
      GovernanceTask task,
      Integer percent,
      String text,
      List<Long> attachmentIds,
      String actor,
      Instant now) {
    this.task = task;
    this.percent = percent;
    this.text = text;
    this.attachmentIds =
        attachmentIds.isEmpty()
            ? null
            : attachmentIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    this.reportedBy = actor;
    this.reportedAt = now;
  }

  public Long id() {
    return id;
  }

  public GovernanceTask task() {
    return task;
  }

  public Optional<Integer> percent() {
    return Optional.ofNullable(percent);
  }

  public String text() {
    return text;
  }

  public List<Long> attachmentIds() {
    return attachmentIds == null
        ? List.of()
        : Arrays.stream(attachmentIds.split(",")).map(Long::valueOf).toList();
  }

  public String reportedBy() {
    return reportedBy;
  }

  public Instant reportedAt() {
    return reportedAt;
  }
}
