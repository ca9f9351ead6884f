package cn.finegov.grid.application.component;

/**
 * What an import did.
 *
 * @param rows rows read
 * @param created components registered
 * @param updated components changed
 * @param unchanged rows equal to what was stored
 */
public record ImportResult(int rows, int created, int updated, int unchanged) {}
