/**
 * Benchmark of the grid module's cases against a deployed suite on PostgreSQL ({@code
 * config/scripts/bench-grid.sh}): {@link cn.finegov.benchmark.grid.GridCasePreload} (a million
 * cases with set-based SQL) and {@link cn.finegov.benchmark.grid.GridCaseLoad} (reports,
 * transitions, inboxes and the duplicate check through the REST API). Figures in
 * modules/grid/README.md.
 */
package cn.finegov.benchmark.grid;
