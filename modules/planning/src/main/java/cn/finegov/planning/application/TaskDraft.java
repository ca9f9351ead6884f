package cn.finegov.planning.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A new task of a plan or a change of one.
 *
 * @param source {@code HOTLINE_12345}, {@code GOVERNMENT_PORTAL}, {@code MOBILE_APP}, {@code
 *     MEDIA}, {@code DEPUTY_LIAISON_STATION}, {@code CPPCC_STUDIO} or {@code OTHER} (default)
 * @param priority {@code HIGH}, {@code NORMAL} (default) or {@code LOW}
 * @param weight weight in the roll-up, 1..100 (default 1)
 * @param leadUnitCode the lead unit: the plan's unit or a unit below it
 * @param cooperatingUnitCodes the co-operating units
 * @param version the version changed (changes only; {@code null} skips the check)
 */
public record TaskDraft(
    String title,
    String problem,
    String target,
    String measures,
    LocalDate deadline,
    String source,
    String priority,
    Boolean livelihood,
    Integer weight,
    String leadUnitCode,
    List<String> cooperatingUnitCodes,
    Long version) {}
