package cn.finegov.planning.application;

import cn.finegov.planning.domain.model.task.ProgressReport;
import java.time.Instant;
import java.util.List;

/** A progress report with its evidence (kernel attachment ids). */
public record ReportView(
    long id,
    Integer percent,
    String text,
    List<Long> attachmentIds,
    String reportedBy,
    Instant reportedAt) {

  static ReportView of(ProgressReport report) {
    return new ReportView(
        report.id(),
        report.percent().orElse(null),
        report.text(),
        report.attachmentIds(),
        report.reportedBy(),
        report.reportedAt());
  }
}
