package cn.finegov.planning.api;

import java.time.LocalDate;

/**
 * A task as another module sees it.
 *
 * @param number the task number, e.g. {@code 2026-000042}
 * @param state its state (name of the planning task state)
 * @param leadUnitCode the lead unit
 * @param deadline its deadline
 * @param deadlineExplanation how the deadline was counted (Chinese), or {@code null}
 * @param created {@code false} when the request had been taken before (the first task is returned)
 */
public record TaskRef(
    String number,
    String state,
    String leadUnitCode,
    LocalDate deadline,
    String deadlineExplanation,
    boolean created) {}
