package cn.finegov.planning.application.participation;

import java.util.List;

/** A page of evaluation rounds and how many match in all. */
public record EvaluationPage(long total, List<EvaluationView> items) {}
