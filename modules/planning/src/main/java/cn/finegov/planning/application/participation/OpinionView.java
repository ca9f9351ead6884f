package cn.finegov.planning.application.participation;

import java.time.LocalDate;

/**
 * A public opinion as its readers see it: the contact masked.
 *
 * @param dueDate the last day for the answer
 * @param deadlineNote how that day was counted
 * @param overdue unanswered after its last day
 * @param answeredLate answered, but after its last day
 * @param mayHandle whether the reader may take it up and answer it
 * @param mayManage whether the reader may hand it to another unit
 */
public record OpinionView(
    long id,
    long version,
    String channel,
    String subject,
    String content,
    String contactMasked,
    LocalDate receivedOn,
    String unitCode,
    String unitName,
    String state,
    LocalDate dueDate,
    int workingDays,
    String deadlineNote,
    boolean overdue,
    boolean answeredLate,
    String answer,
    String answeredBy,
    LocalDate answeredOn,
    String recordedBy,
    boolean mayHandle,
    boolean mayManage) {}
