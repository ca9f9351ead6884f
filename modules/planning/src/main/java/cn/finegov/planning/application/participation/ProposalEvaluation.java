package cn.finegov.planning.application.participation;

import java.time.LocalDate;

/**
 * A unit's reasoned answer to a proposal.
 *
 * @param outcome {@code ADOPTED}, {@code MERGED} or {@code NOT_ADOPTED}
 * @param answer the answer to the citizen; the reason, required, when not adopted
 * @param mergedIntoId MERGED: the proposal of the same round it duplicates
 * @param planId ADOPTED: the draft plan the task goes into
 * @param taskTitle ADOPTED: the task's title (default: the proposal's)
 * @param deadline ADOPTED: the task's deadline
 * @param leadUnitCode ADOPTED: the task's lead unit (default: the plan's unit)
 * @param priority ADOPTED: {@code HIGH}, {@code NORMAL} (default) or {@code LOW}
 * @param livelihood ADOPTED: a livelihood micro-project (民生微实事)
 * @param version the proposal's version evaluated ({@code null} skips the check)
 */
public record ProposalEvaluation(
    String outcome,
    String answer,
    Long mergedIntoId,
    Long planId,
    String taskTitle,
    LocalDate deadline,
    String leadUnitCode,
    String priority,
    Boolean livelihood,
    Long version) {}
