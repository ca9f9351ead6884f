package cn.finegov.kernel.application.calendar;

import cn.finegov.kernel.api.calendar.DayType;

/**
 * A day as an administrator wants it.
 *
 * @param type the type
 * @param name Chinese name (required for holidays)
 * @param nameEn English name, optional
 */
public record DayChange(DayType type, String name, String nameEn) {}
