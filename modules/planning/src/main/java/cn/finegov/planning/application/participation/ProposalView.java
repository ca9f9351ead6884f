package cn.finegov.planning.application.participation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposal as its readers see it: the contact masked.
 *
 * @param mergedIntoId the proposal it was merged into, or {@code null}
 * @param mergedFrom the proposals merged into this one (the trace of duplicates)
 * @param taskNumber the task it became, or {@code null}
 * @param resultTaskNumber the task that answers it: its own, or that of the proposal it was merged
 *     into (followed to the end), or {@code null}
 * @param mayEvaluate whether the reader may evaluate it now
 */
public record ProposalView(
    long id,
    long version,
    long roundId,
    String roundTitle,
    String channel,
    String source,
    String title,
    String content,
    String contactMasked,
    LocalDate receivedOn,
    String unitCode,
    String unitName,
    String state,
    String answer,
    Long mergedIntoId,
    List<Long> mergedFrom,
    Long planId,
    String taskNumber,
    String resultTaskNumber,
    String recordedBy,
    String evaluatedBy,
    Instant evaluatedAt,
    boolean mayEvaluate) {}
