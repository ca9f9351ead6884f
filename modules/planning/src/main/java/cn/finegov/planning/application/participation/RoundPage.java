package cn.finegov.planning.application.participation;

import java.util.List;

/** A page of solicitation rounds and how many match in all. */
public record RoundPage(long total, List<RoundView> items) {}
