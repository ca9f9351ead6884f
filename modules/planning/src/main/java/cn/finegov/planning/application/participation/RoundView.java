package cn.finegov.planning.application.participation;

import java.time.LocalDate;
import java.util.List;

/**
 * A solicitation round as its readers see it.
 *
 * @param accepting whether it takes proposals today
 * @param proposals how many proposals the reader sees in it
 * @param waiting how many of those wait for their evaluation
 * @param mayManage whether the reader may change and close it and record proposals
 */
public record RoundView(
    long id,
    long version,
    int year,
    String unitCode,
    String unitName,
    String title,
    String description,
    List<String> channels,
    LocalDate opensOn,
    LocalDate closesOn,
    String state,
    boolean accepting,
    long proposals,
    long waiting,
    boolean mayManage) {}
