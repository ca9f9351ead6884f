package cn.finegov.planning.application;

/** The year-end self-check and self-evaluation (年终自查、自评) of a task's lead unit. */
public record SelfAssessment(String selfCheck, String selfEvaluation) {}
