package cn.finegov.planning.application;

import java.time.LocalDate;

/** A milestone of a work plan, as given and as shown. */
public record MilestoneDraft(String title, LocalDate dueDate, Boolean done) {}
