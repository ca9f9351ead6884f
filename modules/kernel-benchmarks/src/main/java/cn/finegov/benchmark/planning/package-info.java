/**
 * Benchmark of the planning module's task tree against a deployed suite on PostgreSQL ({@code
 * config/scripts/bench-planning.sh}): {@link cn.finegov.benchmark.planning.PlanTreePreload} (300
 * units and a plan tree of 20,060 tasks through the REST API) and {@link
 * cn.finegov.benchmark.planning.PlanTreeLoad} (a progress report with its roll-up, the tree through
 * REST and the tree page, against issue 6's 500 ms). Figures in modules/planning/README.md.
 */
package cn.finegov.benchmark.planning;
