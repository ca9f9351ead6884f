package cn.finegov.planning.application.participation;

import java.time.LocalDate;

/**
 * A proposal received in a round.
 *
 * @param channel one of the round's channels
 * @param source who or what passed it on (a liaison station, a newspaper, a deputy…), optional
 * @param receivedOn the day it came in (default: today); within the round's dates
 * @param unitCode the unit that evaluates it: the round's (default) or one below
 */
public record ProposalDraft(
    String channel,
    String source,
    String title,
    String content,
    String contactName,
    String contactPhone,
    String contactEmail,
    LocalDate receivedOn,
    String unitCode) {}
