package cn.finegov.planning.application;

import java.util.List;

/** A page of plans and how many match in all. */
public record PlanPage(long total, List<PlanView> items) {}
