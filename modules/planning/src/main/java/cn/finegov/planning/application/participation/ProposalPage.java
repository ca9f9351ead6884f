package cn.finegov.planning.application.participation;

import java.util.List;

/** A page of proposals and how many match in all. */
public record ProposalPage(long total, List<ProposalView> items) {}
