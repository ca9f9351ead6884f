package cn.finegov.planning.application.participation;

import java.time.Instant;
import java.util.List;

/**
 * An evaluation round with its ranked results.
 *
 * @param mayManage whether the reader may enter votes now
 * @param mayPublish whether the reader may publish it now
 */
public record EvaluationView(
    long id,
    long version,
    int year,
    String level,
    String unitCode,
    String unitName,
    String title,
    String state,
    Instant publishedAt,
    List<ScoreView> results,
    boolean mayManage,
    boolean mayPublish) {}
