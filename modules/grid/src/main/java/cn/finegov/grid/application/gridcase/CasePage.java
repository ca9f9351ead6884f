package cn.finegov.grid.application.gridcase;

import java.util.List;

/**
 * One page of a case list.
 *
 * @param total how many cases match in all, or {@link CaseService#COUNT_CAP} when more match
 * @param capped whether more than {@link CaseService#COUNT_CAP} cases match
 * @param items the cases of the page
 */
public record CasePage(long total, boolean capped, List<CaseSummary> items) {}
