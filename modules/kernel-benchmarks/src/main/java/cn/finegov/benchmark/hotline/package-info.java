/**
 * Benchmark of the 12345 hotline intake against a deployed suite on PostgreSQL ({@code
 * config/scripts/bench-hotline.sh}): {@link cn.finegov.benchmark.hotline.HotlineIntakeLoad} pushes
 * the hotline simulator's tickets and measures the intake, push → committed case, and PostgreSQL's
 * COPY of the same rows. Figures in integration/hotline/README.md.
 */
package cn.finegov.benchmark.hotline;
