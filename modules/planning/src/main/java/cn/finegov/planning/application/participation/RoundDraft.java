package cn.finegov.planning.application.participation;

import java.time.LocalDate;
import java.util.List;

/**
 * A new solicitation round or a change of one.
 *
 * @param year the plan year the proposals are for
 * @param unitCode the organising unit (default: the caller's); ignored on changes
 * @param channels names of the channels: {@code HOTLINE_12345}, {@code GOVERNMENT_PORTAL}, {@code
 *     MOBILE_APP}, {@code MEDIA}, {@code DEPUTY_LIAISON_STATION}, {@code CPPCC_STUDIO}, {@code
 *     OTHER}
 */
public record RoundDraft(
    Integer year,
    String unitCode,
    String title,
    String description,
    List<String> channels,
    LocalDate opensOn,
    LocalDate closesOn) {}
