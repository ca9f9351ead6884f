package cn.finegov.planning.application;

import java.util.List;

/**
 * A progress report.
 *
 * @param percent progress reached, 0..100; {@code null} for a report in words only (always so on a
 *     decomposed task)
 * @param text what was done
 * @param attachmentIds evidence: kernel attachments of the task (owner {@code
 *     planning/task/<number>})
 */
public record ProgressDraft(Integer percent, String text, List<Long> attachmentIds) {}
