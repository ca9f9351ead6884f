package cn.finegov.planning.application.participation;

import java.math.BigDecimal;

/**
 * One plan's result.
 *
 * @param rate satisfaction rate (满意率): satisfied and basically satisfied among all votes, per cent
 * @param satisfiedRate satisfied among all votes, per cent
 * @param rank the rank in the round (ties share a rank)
 */
public record ScoreView(
    long planId,
    String planTitle,
    String unitCode,
    String unitName,
    int satisfied,
    int basicallySatisfied,
    int dissatisfied,
    int total,
    BigDecimal rate,
    BigDecimal satisfiedRate,
    int rank) {}
