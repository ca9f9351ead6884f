package cn.finegov.planning.application;

import java.util.List;

/**
 * A task's work plan (工作方案).
 *
 * @param responsibleLeader the responsible leader's login name
 * @param handler the handler's login name
 * @param schedule the schedule in words
 * @param milestones the milestones, in order
 */
public record WorkPlanDraft(
    String responsibleLeader, String handler, String schedule, List<MilestoneDraft> milestones) {}
