package cn.finegov.kernel.application.module;

import java.time.Instant;

/**
 * An installed module and its state.
 *
 * @param key module key
 * @param nameKey bundle key of its name
 * @param optional whether it may be switched off
 * @param enabled whether it is switched on now
 * @param configuredDefault the state configuration gives it when nobody switched it
 * @param changedBy who switched it last, {@code null} when it follows configuration
 * @param changedAt when, likewise
 */
public record ModuleView(
    String key,
    String nameKey,
    boolean optional,
    boolean enabled,
    boolean configuredDefault,
    String changedBy,
    Instant changedAt) {}
