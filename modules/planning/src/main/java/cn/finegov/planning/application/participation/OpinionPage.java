package cn.finegov.planning.application.participation;

import java.util.List;

/**
 * A page of opinions, how many match in all and how many of the reader's are overdue (whatever the
 * filter).
 */
public record OpinionPage(long total, long overdue, List<OpinionView> items) {}
