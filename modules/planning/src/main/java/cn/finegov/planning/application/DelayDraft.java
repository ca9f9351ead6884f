package cn.finegov.planning.application;

import java.time.LocalDate;

/** A delay (adjustment) request: why, and the deadline asked for. */
public record DelayDraft(String reason, LocalDate proposedDeadline) {}
