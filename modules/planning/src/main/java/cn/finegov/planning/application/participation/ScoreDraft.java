package cn.finegov.planning.application.participation;

/** The deputies' votes on one plan's report. */
public record ScoreDraft(
    Long planId, Integer satisfied, Integer basicallySatisfied, Integer dissatisfied) {}
